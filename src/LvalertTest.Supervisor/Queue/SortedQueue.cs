namespace LvalertTest.Supervisor.Queue;

/// <summary>
/// The supervisor's queue of items ordered by (expiration, insertion): O(log n) insert and pop (the original scanned
/// a list). Items completed while queued stay until popped or until garbage collection (the original's rule:
/// collect when complete items exceed min(count × maxFrac, maxComplete)). The per-GraceID index is the queue's own,
/// so it cannot drift from the queue.
/// </summary>
public sealed class SortedQueue
{
    private readonly PriorityQueue<QueueItem, (long Ticks, long Sequence)> _heap = new();
    private readonly Dictionary<QueueItem, (long Ticks, long Sequence)> _keys = new(ReferenceEqualityComparer.Instance);
    private readonly SortedDictionary<string, List<QueueItem>> _byGraceId = new(StringComparer.Ordinal);
    private long _nextSequence;

    /// <summary>Items in the queue, complete ones not yet collected included (the original's len(queue)).</summary>
    public int Count => _keys.Count;

    /// <summary>The item executing right now (out of the heap while it runs), if any: checkpoints taken by a command see it.</summary>
    public QueueItem? Running { get; private set; }

    /// <summary>Items in the queue that are complete and wait for collection.</summary>
    public int CompleteCount { get; private set; }

    public void Insert(QueueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (_keys.ContainsKey(item))
        {
            throw new InvalidOperationException($"item {item} is already in the queue");
        }

        Push(item);
        if (item.Complete)
        {
            CompleteCount++;
        }
        else if (item.GraceId is { } id)
        {
            if (!_byGraceId.TryGetValue(id, out List<QueueItem>? items))
            {
                items = [];
                _byGraceId.Add(id, items);
            }

            items.Add(item);
        }
    }

    /// <summary>The pending items of an event, in the order they were queued.</summary>
    public IReadOnlyList<QueueItem> ItemsFor(string graceId) =>
        _byGraceId.TryGetValue(graceId, out List<QueueItem>? items) ? items.ToList() : [];

    /// <summary>Whether the event has pending items (without copying them).</summary>
    public bool HasItemsFor(string graceId) => _byGraceId.ContainsKey(graceId);

    /// <summary>How many events have pending items.</summary>
    public int GraceIdCount => _byGraceId.Count;

    /// <summary>The events with pending items, in ordinal order.</summary>
    public IReadOnlyList<string> GraceIds => _byGraceId.Keys.ToList();

    /// <summary>Every queued item in run order (for printQueue and checkpoints).</summary>
    public IReadOnlyList<QueueItem> Items => _keys.OrderBy(pair => pair.Value).Select(pair => pair.Key).ToList();

    /// <summary>The earliest pending item's expiration, if any (complete items at the front are dropped first).</summary>
    public bool TryPeekExpiration(out DateTimeOffset expiration)
    {
        DropCompleteAtFront();
        if (_heap.TryPeek(out QueueItem? item, out _))
        {
            expiration = item.Expiration;
            return true;
        }

        expiration = default;
        return false;
    }

    /// <summary>
    /// Runs every expired item in order (the original ran one per epoch; its guide says all). An item that throws is
    /// marked complete and reported, and the rest still run. Unfinished items go back in at their new expiration.
    /// Returns how many items ran.
    /// </summary>
    public int RunExpired(DateTimeOffset now, Action<QueueItem, Exception> onException)
    {
        ArgumentNullException.ThrowIfNull(onException);
        int ran = 0;
        while (TryPeekExpiration(out _) && _heap.Peek().HasExpired(now))
        {
            QueueItem item = _heap.Dequeue();
            _keys.Remove(item);
            ran++;
            Running = item;
            try
            {
                item.Execute(now);
            }
#pragma warning disable CA1031 // one item's failure must never stop the engine: it is reported and the item completed
            catch (Exception e)
#pragma warning restore CA1031
            {
                item.MarkComplete();
                onException(item, e);
            }
            finally
            {
                Running = null;
            }

            if (item.Complete)
            {
                Unindex(item);
            }
            else
            {
                Push(item);
            }
        }

        return ran;
    }

    /// <summary>
    /// Moves a queued item to its current expiration after its tasks changed outside a run (a check satisfied early
    /// by an alert). The old heap entry stays behind and is skipped when it reaches the front.
    /// </summary>
    public void Reschedule(QueueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_keys.ContainsKey(item))
        {
            return;
        }

        if (item.Complete)
        {
            // Done early: it waits for collection like any complete item.
            CompleteCount++;
            Unindex(item);
            return;
        }

        _keys.Remove(item);
        Push(item);
    }

    /// <summary>Completes a queued item without running it (clearGraceID); it leaves the index at once.</summary>
    public void MarkComplete(QueueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_keys.ContainsKey(item) || item.Complete)
        {
            item.MarkComplete();
            return;
        }

        item.MarkComplete();
        CompleteCount++;
        Unindex(item);
    }

    /// <summary>
    /// Completes every queued item of an event; returns how many. An item running right now (the clearGraceID
    /// command's own item, filed under the same GraceID) is not in the queue and is left alone, as in the original.
    /// </summary>
    public int ClearGraceId(string graceId)
    {
        List<QueueItem> queued = ItemsFor(graceId).Where(_keys.ContainsKey).ToList();
        foreach (QueueItem item in queued)
        {
            MarkComplete(item);
        }

        return queued.Count;
    }

    /// <summary>Empties the queue and its index (clearQueue).</summary>
    public void Clear()
    {
        foreach (QueueItem item in _keys.Keys)
        {
            item.MarkComplete();
        }

        _heap.Clear();
        _keys.Clear();
        _byGraceId.Clear();
        CompleteCount = 0;
    }

    /// <summary>
    /// Replaces the whole state (loadQueue, recovery at start): <paramref name="runOrder"/> becomes the queue, ties in
    /// that order, and <paramref name="byGraceId"/> the index, each event's items in the given order. The two must
    /// describe the same items: every pending item with a GraceID once under its own GraceID, nothing else.
    /// </summary>
    public void Replace(IReadOnlyList<QueueItem> runOrder, IReadOnlyDictionary<string, IReadOnlyList<QueueItem>> byGraceId)
    {
        ArgumentNullException.ThrowIfNull(runOrder);
        ArgumentNullException.ThrowIfNull(byGraceId);
        var queued = new HashSet<QueueItem>(runOrder, ReferenceEqualityComparer.Instance);
        if (queued.Count != runOrder.Count || runOrder.Any(i => i.Complete))
        {
            throw new InvalidDataException("the queue lists an item twice, or a complete item");
        }

        var indexed = new HashSet<QueueItem>(ReferenceEqualityComparer.Instance);
        foreach ((string graceId, IReadOnlyList<QueueItem> items) in byGraceId)
        {
            QueueItem? stray = items.FirstOrDefault(i => i.GraceId != graceId || !queued.Contains(i) || !indexed.Add(i));
            if (stray is not null)
            {
                throw new InvalidDataException($"the index under {graceId} lists an item that is not a queued item of {graceId} exactly once: {stray}");
            }
        }

        QueueItem? unindexed = runOrder.FirstOrDefault(i => i.GraceId is not null && !indexed.Contains(i));
        if (unindexed is not null)
        {
            throw new InvalidDataException($"queued item {unindexed} is missing from the index");
        }

        Clear();
        foreach (QueueItem item in runOrder)
        {
            Push(item);
        }

        foreach ((string graceId, IReadOnlyList<QueueItem> items) in byGraceId.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (items.Count > 0)
            {
                _byGraceId.Add(graceId, items.ToList());
            }
        }
    }

    /// <summary>Collects complete items when there are more than min(count × maxFrac, maxComplete); true if it did.</summary>
    public bool CollectGarbage(int maxComplete, double maxFrac)
    {
        if (CompleteCount <= Math.Min(Count * maxFrac, maxComplete))
        {
            return false;
        }

        List<KeyValuePair<QueueItem, (long, long)>> keep = _keys.Where(pair => !pair.Key.Complete).ToList();
        _heap.Clear();
        _keys.Clear();
        foreach ((QueueItem item, (long, long) key) in keep)
        {
            _heap.Enqueue(item, key);
            _keys.Add(item, key);
        }

        CompleteCount = 0;
        return true;
    }

    private void Push(QueueItem item)
    {
        var key = (item.Expiration.UtcTicks, _nextSequence++);
        _heap.Enqueue(item, key);
        _keys.Add(item, key);
    }

    // Drops entries left behind by Reschedule (their key is no longer the item's) and complete items.
    private void DropCompleteAtFront()
    {
        while (_heap.TryPeek(out QueueItem? item, out (long, long) key))
        {
            if (!_keys.TryGetValue(item, out (long, long) current) || current != key)
            {
                _heap.Dequeue();
            }
            else if (item.Complete)
            {
                _heap.Dequeue();
                _keys.Remove(item);
                CompleteCount--;
            }
            else
            {
                break;
            }
        }
    }

    private void Unindex(QueueItem item)
    {
        if (item.GraceId is { } id && _byGraceId.TryGetValue(id, out List<QueueItem>? items))
        {
            items.Remove(item);
            if (items.Count == 0)
            {
                _byGraceId.Remove(id);
            }
        }
    }
}
