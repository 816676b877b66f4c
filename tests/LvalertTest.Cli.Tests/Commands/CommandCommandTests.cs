using System.Text.Json.Nodes;
using LvalertTest.Cli.Tests.Support;

namespace LvalertTest.Cli.Tests.Commands;

public class CommandCommandTests
{
    [Test]
    public void Command_ToStandardOutput_IsTheWireFormat()
    {
        CliRun run = CliRun.Of("command", "clearGraceID", "graceid=G000001");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Output.Trim(), Is.EqualTo("""{"uid":"command","alert_type":"clearGraceID","object":{"graceid":"G000001"}}"""));
    }

    [Test]
    public void Command_IntoAJournal_LandsOnTheNode()
    {
        string store = Directory.CreateTempSubdirectory("lvalerttest-command-").FullName;
        try
        {
            CliRun run = CliRun.Of("command", "checkpointQueue", "filename=/tmp/q.json", "sleep=600", "--journal", store, "--node", "command-eventSupervisor_CBC");

            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            JsonObject line = JsonNode.Parse(File.ReadAllLines(Path.Combine(store, "alerts.jsonl")).Single())!.AsObject();
            Assert.That((string?)line["node"], Is.EqualTo("command-eventSupervisor_CBC"));
            Assert.That((double?)line["alert"]!["object"]!["sleep"], Is.EqualTo(600));
        }
        finally
        {
            Directory.Delete(store, recursive: true);
        }
    }

    [TestCase(new[] { "command", "clearGraceID" }, "error: command 'clearGraceID': missing required argument 'graceid'")]
    [TestCase(new[] { "command", "selfDestruct" }, "error: unknown command 'selfDestruct'")]
    [TestCase(new[] { "command", "printMessage", "message" }, "error: 'message' is not a key=value argument")]
    [TestCase(new[] { "command", "clearQueue", "--journal", "/tmp" }, "error: --journal needs --node")]
    public void BadCommands_ExitTwoWithOneLine(string[] args, string reason)
    {
        CliRun run = CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error, Does.StartWith(reason));
        Assert.That(run.Error.TrimEnd(), Does.Not.Contain("\n"));
    }
}
