using LvalertTest.Supervisor.Engine;

namespace LvalertTest.Supervisor.Tests.Engine;

public class CompositeLogTests
{
    [Test]
    public void Write_ReachesEveryLog()
    {
        var first = new RecordingLog();
        var second = new RecordingLog();
        var log = new CompositeLog(first, second);
        DateTimeOffset t = new(2019, 4, 25, 8, 18, 5, TimeSpan.Zero);

        log.Write(t, "G1", "one");
        log.Write(t.AddSeconds(1), null, "two");

        Assert.That(second.Lines, Is.EqualTo(first.Lines));
        Assert.That(first.Lines, Is.EqualTo(new[] { (t, (string?)"G1", "one"), (t.AddSeconds(1), (string?)null, "two") }));
    }

    [Test]
    public void Create_WithANullLog_IsRejected() =>
        Assert.That(() => new CompositeLog(new RecordingLog(), null!), Throws.ArgumentNullException);
}
