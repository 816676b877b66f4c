using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Tests.Queue;

public class SortedQueueTests
{
    private static readonly DateTimeOffset T0 = RecordingTask.T0;
    private List<string> _log = null!;
    private List<string> _errors = null!;
    private SortedQueue _queue = null!;

    [SetUp]
    public void CreateQueue()
    {
        _log = [];
        _errors = [];
        _queue = new SortedQueue();
    }

    [Test]
    public void RunExpired_RunsEveryExpiredItemInExpirationThenInsertionOrder()
    {
        _queue.Insert(Item("late", 30));
        _queue.Insert(Item("tie-1", 10));
        _queue.Insert(Item("early", 5));
        _queue.Insert(Item("tie-2", 10));

        int ran = _queue.RunExpired(T0.AddSeconds(10), OnError);

        Assert.That(ran, Is.EqualTo(3));
        Assert.That(_log, Is.EqualTo(new[] { "early@10", "tie-1@10", "tie-2@10" }));
        Assert.That(_queue.Count, Is.EqualTo(1));
    }

    [Test]
    public void RunExpired_AnItemThatThrows_IsCompletedAndReported_TheRestStillRun()
    {
        _queue.Insert(new QueueItem(T0, [new RecordingTask("bad", 1, _log, throws: true), new RecordingTask("never", 2, _log)], "bad-item", "G1"));
        _queue.Insert(Item("good", 1));

        _queue.RunExpired(T0.AddSeconds(5), OnError);

        Assert.That(_log, Is.EqualTo(new[] { "bad@5", "good@5" }));
        Assert.That(_errors, Is.EqualTo(new[] { "bad-item: bad failed" }));
        Assert.That(_queue.Count, Is.Zero);
        Assert.That(_queue.ItemsFor("G1"), Is.Empty);
    }

    [Test]
    public void RunExpired_RepeatingItems_GoBackInAtTheirNewExpiration()
    {
        _queue.Insert(new QueueItem(T0, [new RecordingTask("heartbeat", 10, _log, repeatEverySeconds: 10, repeats: 5)], "beat"));
        _queue.Insert(Item("once", 25));

        for (int t = 10; t <= 40; t += 5)
        {
            _queue.RunExpired(T0.AddSeconds(t), OnError);
        }

        Assert.That(_log, Is.EqualTo(new[] { "heartbeat@10", "heartbeat@20", "once@25", "heartbeat@30", "heartbeat@40" }));
    }

    [Test]
    public void Index_FollowsTheQueue_CompletedItemsLeaveIt()
    {
        QueueItem a = Item("a", 5, "G1");
        QueueItem b = Item("b", 50, "G1");
        QueueItem c = Item("c", 5, "G2");
        _queue.Insert(a);
        _queue.Insert(b);
        _queue.Insert(c);

        _queue.RunExpired(T0.AddSeconds(5), OnError);

        Assert.That(_queue.ItemsFor("G1"), Is.EqualTo(new[] { b }));
        Assert.That(_queue.GraceIds, Is.EqualTo(new[] { "G1" }));
        Assert.That(_queue.ClearGraceId("G1"), Is.EqualTo(1));
        Assert.That(_queue.ItemsFor("G1"), Is.Empty);
        Assert.That(b.Complete, Is.True);
        Assert.That(_queue.RunExpired(T0.AddSeconds(100), OnError), Is.Zero, "a cleared item never runs");
    }

    [Test]
    public void CollectGarbage_FollowsTheOriginalRule()
    {
        List<QueueItem> items = Enumerable.Range(0, 10).Select(i => Item($"i{i}", 100 + i, "G" + i)).ToList();
        items.ForEach(_queue.Insert);

        // 3 complete of 10: collected when 3 > min(10 × 0.5, 2) = 2, not when 3 > min(5, 100) = 5.
        for (int i = 5; i < 8; i++)
        {
            _queue.MarkComplete(items[i]);
        }

        Assert.That(_queue.CollectGarbage(maxComplete: 100, maxFrac: 0.5), Is.False);
        Assert.That((_queue.Count, _queue.CompleteCount), Is.EqualTo((10, 3)));
        Assert.That(_queue.CollectGarbage(maxComplete: 2, maxFrac: 0.5), Is.True);
        Assert.That((_queue.Count, _queue.CompleteCount), Is.EqualTo((7, 0)));
        Assert.That(_queue.Items.Select(i => i.Name), Is.EqualTo(new[] { "i0", "i1", "i2", "i3", "i4", "i8", "i9" }));
    }

    [Test]
    public void CompleteItemsAtTheFront_AreDroppedWithoutRunning()
    {
        QueueItem first = Item("first", 1);
        _queue.Insert(first);
        _queue.Insert(Item("second", 2));
        _queue.MarkComplete(first);

        Assert.That(_queue.TryPeekExpiration(out DateTimeOffset next), Is.True);
        Assert.That(next, Is.EqualTo(T0.AddSeconds(2)));
        Assert.That((_queue.Count, _queue.CompleteCount), Is.EqualTo((1, 0)));
    }

    [Test]
    public void Clear_EmptiesQueueAndIndex()
    {
        _queue.Insert(Item("a", 1, "G1"));
        _queue.Insert(Item("b", 2, "G2"));

        _queue.Clear();

        Assert.That((_queue.Count, _queue.GraceIds.Count, _queue.TryPeekExpiration(out _)), Is.EqualTo((0, 0, false)));
    }

    [Test]
    public void Insert_TheSameItemTwice_Throws()
    {
        QueueItem item = Item("a", 1);
        _queue.Insert(item);

        Assert.Throws<InvalidOperationException>(() => _queue.Insert(item));
    }

    private QueueItem Item(string name, double seconds, string? graceId = null) =>
        new(T0, [new RecordingTask(name, seconds, _log)], name, graceId);

    private void OnError(QueueItem item, Exception e) => _errors.Add($"{item.Name}: {e.Message}");
}
