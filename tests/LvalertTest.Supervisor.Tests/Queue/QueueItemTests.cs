using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Tests.Queue;

public class QueueItemTests
{
    private static readonly DateTimeOffset T0 = RecordingTask.T0;
    private List<string> _log = null!;

    [SetUp]
    public void ClearLog() => _log = [];

    [Test]
    public void Expiration_IsTheEarliestPendingTask_AndTiesKeepTheirOrder()
    {
        var item = new QueueItem(T0, [new RecordingTask("b", 10, _log), new RecordingTask("a", 5, _log), new RecordingTask("c", 5, _log)]);

        Assert.That(item.Expiration, Is.EqualTo(T0.AddSeconds(5)));
        Assert.That(item.Tasks.Select(t => t.Name), Is.EqualTo(new[] { "a", "c", "b" }));
    }

    [Test]
    public void Execute_RunsOnlyExpiredTasks_AndCompletesWhenNoneAreLeft()
    {
        var item = new QueueItem(T0, [new RecordingTask("a", 5, _log), new RecordingTask("b", 10, _log)]);

        item.Execute(T0.AddSeconds(7));
        Assert.That((_log.ToArray(), item.Complete, item.Expiration), Is.EqualTo((new[] { "a@7" }, false, T0.AddSeconds(10))));

        item.Execute(T0.AddSeconds(10));
        Assert.That(_log, Is.EqualTo(new[] { "a@7", "b@10" }));
        Assert.That(item.Complete, Is.True);
        Assert.That(item.CompletedTasks.Select(t => t.Name), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Execute_ATaskThatRearmsItself_RepeatsThenCompletes()
    {
        var item = new QueueItem(T0, [new RecordingTask("checkpoint", 60, _log, repeatEverySeconds: 60, repeats: 2)]);

        item.Execute(T0.AddSeconds(60));
        Assert.That(item.Complete, Is.False);
        Assert.That(item.Expiration, Is.EqualTo(T0.AddSeconds(120)));
        item.Execute(T0.AddSeconds(120));
        item.Execute(T0.AddSeconds(180));

        Assert.That(_log, Is.EqualTo(new[] { "checkpoint@60", "checkpoint@120", "checkpoint@180" }));
        Assert.That(item.Complete, Is.True);
    }

    [Test]
    public void EmptyItem_IsCompleteAndAlwaysExpired()
    {
        var item = new QueueItem(T0, []);

        Assert.That((item.Complete, item.Expiration, item.HasExpired(T0.AddYears(-1))), Is.EqualTo((true, DateTimeOffset.MinValue, true)));
    }

    [Test]
    public void Remove_UnknownTask_Throws()
    {
        var item = new QueueItem(T0, [new RecordingTask("a", 5, _log)]);

        Assert.Throws<KeyNotFoundException>(() => item.Remove("b"));
        item.Remove("a");
        Assert.That(item.Complete, Is.True);
    }
}
