using LvalertTest.Supervisor.Commands;

namespace LvalertTest.Supervisor.Tests.Commands;

public class LvalertCommandTests
{
    [TestCase("raiseException", "")]
    [TestCase("raiseWarning", "")]
    [TestCase("clearQueue", "")]
    [TestCase("clearGraceID", "graceid")]
    [TestCase("checkpointQueue", "filename")]
    [TestCase("loadQueue", "filename")]
    [TestCase("printMessage", "message")]
    [TestCase("sendEmail", "recipients subject body")]
    [TestCase("printQueue", "filename")]
    [TestCase("resetThrottle", "group pipeline")]
    public void EveryCommand_NeedsExactlyItsRequiredArguments(string name, string required)
    {
        string[] names = required.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var all = names.Select(n => new KeyValuePair<string, string>(n, "x")).ToList();

        Assert.That(LvalertCommand.Create(name, all).Name, Is.EqualTo(name));
        foreach (string missing in names)
        {
            var error = Assert.Throws<CommandException>(() => LvalertCommand.Create(name, all.Where(a => a.Key != missing)));
            Assert.That(error!.Message, Is.EqualTo($"command '{name}': missing required argument '{missing}'"));
        }

        Assert.That(LvalertCommand.Catalogue, Has.Count.EqualTo(10));
    }

    [Test]
    public void WireFormat_IsTheOriginals_AndRoundTrips()
    {
        LvalertCommand command = LvalertCommand.Create("checkpointQueue", [new("sleep", "600"), new("filename", "/path/q.json")]);

        string json = command.ToJson();
        LvalertCommand back = LvalertCommand.Parse(json);

        Assert.That(json, Is.EqualTo("""{"uid":"command","alert_type":"checkpointQueue","object":{"filename":"/path/q.json","sleep":600}}"""));
        Assert.That((back.Name, back.Argument("filename"), back.Sleep), Is.EqualTo(("checkpointQueue", "/path/q.json", (TimeSpan?)TimeSpan.FromMinutes(10))));
    }

    [TestCase("{not json", "a command must be JSON")]
    [TestCase("[1,2]", "a command must be a JSON object")]
    [TestCase("""{"uid":"G000001","alert_type":"new"}""", "not a command: uid is \"G000001\", expected \"command\"")]
    [TestCase("""{"uid":"command"}""", "a command needs its name in alert_type")]
    [TestCase("""{"uid":"command","alert_type":"selfDestruct","object":{}}""", "unknown command 'selfDestruct' (known: checkpointQueue, clearGraceID, clearQueue, loadQueue, printMessage, printQueue, raiseException, raiseWarning, resetThrottle, sendEmail)")]
    [TestCase("""{"uid":"command","alert_type":"clearQueue","object":"all"}""", "command 'clearQueue': object must hold the keyword arguments as a JSON object")]
    [TestCase("""{"uid":"command","alert_type":"checkpointQueue","object":{"filename":"q","sleep":"often"}}""", "command 'checkpointQueue': sleep must be a positive number of seconds, got \"often\"")]
    public void Parse_Malformed_SaysWhatIsWrong(string json, string reason)
    {
        var error = Assert.Throws<CommandException>(() => LvalertCommand.Parse(json));

        Assert.That(error!.Message, Does.StartWith(reason));
    }

    [Test]
    public void Parse_CommandWithoutObject_HasNoArguments()
    {
        LvalertCommand command = LvalertCommand.Parse("""{"uid":"command","alert_type":"clearQueue"}""");

        Assert.That((command.Name, command.Arguments.Count, command.Sleep), Is.EqualTo(("clearQueue", 0, (TimeSpan?)null)));
    }
}
