using LvalertTest.Supervisor.Logging;

namespace LvalertTest.Supervisor.Tests.Logging;

public class TextWriterSupervisorLogTests
{
    [Test]
    public void Write_UsesTheRunLogLayout_OneFlushedLinePerMessage()
    {
        using var writer = new StringWriter();
        var log = new TextWriterSupervisorLog(writer, "listen");

        log.Write(new DateTimeOffset(2019, 4, 25, 8, 18, 5, 17, TimeSpan.FromHours(2)), "G1", "hello {braces}");

        Assert.That(writer.ToString(), Is.EqualTo("2019-04-25 06:18:05.017 | listen : INFO : hello {braces}\n"));
    }
}
