using System.Text.Json.Nodes;
using LvalertTest.Cli.Tests.Support;

namespace LvalertTest.Cli.Tests.Commands;

/// <summary><c>lvalerttest replay</c> on the checked-in stores: exit 0 when every check passed, 1 when any required action, 2 on bad input.</summary>
public class ReplayCommandTests
{
    private static readonly string Gstlal = Path.Combine(RepositoryPaths.Root, "fake-gracedb", "G298048-gstlal");
    private static readonly string Cwb = Path.Combine(RepositoryPaths.Root, "fake-gracedb", "G265912-cwb");
    private string _out = null!;

    [SetUp]
    public void MakeOutputDirectory() => _out = Directory.CreateTempSubdirectory("lvalerttest-replay-").FullName;

    [TearDown]
    public void RemoveOutputDirectory() => Directory.Delete(_out, recursive: true);

    [Test]
    public void FullFollowUp_EveryCheckPasses_ExitsZero()
    {
        CliRun run = CliRun.Of("replay", "G298048", "--from", Gstlal);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(run.Output, Does.StartWith("replay G298048 from ").And.Contain("ER10-eventSupervisor_CBC.ini"));
        Assert.That(run.Output, Does.Contain("checks: 83 passed, 0 action required, 0 exceptions, 0 pending"));
        Assert.That(run.Output, Does.EndWith("result: every check passed\n"));
    }

    [Test]
    public void OverHttp_TheSupervisorGetsTheSameReport()
    {
        CliRun inProcess = CliRun.Of("replay", "G265912", "--from", Cwb);
        CliRun overHttp = CliRun.Of("replay", "G265912", "--from", Cwb, "--http");

        Assert.That(overHttp.ExitCode, Is.EqualTo(inProcess.ExitCode), overHttp.ToString());
        Assert.That(overHttp.Output, Is.EqualTo(inProcess.Output));
        Assert.That(overHttp.Output, Does.Contain("1 action required"));
    }

    [Test]
    public void CutoffBeforeThePsd_ExitsOne_AndTheReportSaysWhy()
    {
        CliRun run = CliRun.Of("replay", "G298048", "--from", Gstlal, "--cutoff", "3");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), run.ToString());
        Assert.That(run.Output, Does.Contain("event creation.cbcPSD: action required (deadline +0 s, latency +0 s): could not find psd.xml.gz"));
        Assert.That(run.Output, Does.Not.Contain("bayestar"));
    }

    [Test]
    public void BurstWithALateSkymap_ExitsOne_WithTheFailureMailedAndWrittenOut()
    {
        CliRun run = CliRun.Of("replay", "G265912", "--from", Cwb, "--dialect", "igwn", "--out", _out);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), run.ToString());
        Assert.That(run.Output, Does.Contain("cwb pe.cWBPESkymap: action required (deadline +120 s, latency +120 s): could not find skyprobcc_cWB.fits"));
        var report = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "replay.json")))!;
        Assert.That((string?)report["dialect"], Is.EqualTo("igwn"));
        Assert.That((int?)report["counts"]!["action_required"], Is.EqualTo(1));
        string[] mails = File.ReadAllLines(Path.Combine(_out, "emails.jsonl"));
        Assert.That(mails.Select(l => (string?)JsonNode.Parse(l)!["subject"]), Is.EqualTo(new[] { "new GraceDb Event: G265912", "G265912: cWBPESkymap requires attention" }));
        Assert.That(File.Exists(Path.Combine(_out, "supervisor.log")) && File.Exists(Path.Combine(_out, "report.txt")), Is.True);
    }

    [TestCase("--cutoff", "abc", "error: --cutoff: 'abc' is not a log entry number (N, a whole number from 1)")]
    [TestCase("--cutoff", "999", "error: --cutoff: 999 is out of range: G298048's log in ")]
    [TestCase("--dialect", "xmpp", "error: --dialect: 'xmpp' is not legacy or igwn")]
    [TestCase("--speed", "2", "error: --speed: only with --realtime")]
    public void BadOptions_ExitTwoWithOneLine(string option, string value, string expected)
    {
        CliRun run = CliRun.Of("replay", "G298048", "--from", Gstlal, option, value);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error, Does.StartWith(expected));
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void BadGraceIdOrSource_ExitTwoWithOneLine()
    {
        CliRun badId = CliRun.Of("replay", "S170817a", "--from", Gstlal);
        CliRun noSource = CliRun.Of("replay", "G298048", "--from", Path.Combine(_out, "missing"));
        CliRun noFrom = CliRun.Of("replay", "G298048");

        Assert.That(badId.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(badId.Error, Does.StartWith("error: graceid: 'S170817a' is not a GraceID"));
        Assert.That(noSource.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(noSource.Error.Trim(), Is.EqualTo($"error: {Path.Combine(_out, "missing")}: no such store directory or export file"));
        Assert.That(noFrom.ExitCode, Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void ABrokenConfig_ExitsTwoNamingIt()
    {
        string config = Path.Combine(_out, "broken.ini");
        File.WriteAllText(config, "[general]\nannotate = perhaps\nwarnings = True\n");

        CliRun run = CliRun.Of("replay", "G298048", "--from", Gstlal, "--config", config);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error, Does.StartWith("error: " + config).And.Contain("annotate"));
    }

    [Test]
    public void Realtime_WritesJournalLinesUpToTheCutoff()
    {
        CliRun run = CliRun.Of("replay", "G298048", "--from", Gstlal, "--cutoff", "10", "--realtime", "--speed", "1e6");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        List<JsonObject> lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonObject)JsonNode.Parse(l)!).ToList();
        Assert.That(lines.Select(l => (string?)l["alert"]!["alert_type"]).Distinct(), Is.EqualTo(new[] { "new", "update" }).AsCollection);
        Assert.That(lines.Count(l => (string?)l["alert"]!["alert_type"] == "update"), Is.EqualTo(2 * 10), "ten entries, two nodes");
        Assert.That((string?)lines[0]["time"], Is.EqualTo("2017-08-17 12:41:10 UTC"));
    }
}
