namespace LvalertTest.Supervisor.Queue;

/// <summary>
/// A unit of supervision (lvalertMP's QueueItem): a reference time, pending tasks sorted by expiration (ties keep
/// their order), and the tasks already done. Its expiration is its earliest pending task's; with none left it is
/// complete.
/// </summary>
public class QueueItem
{
    private readonly List<SupervisorTask> _tasks = [];
    private readonly List<SupervisorTask> _completed = [];

    public QueueItem(DateTimeOffset t0, IEnumerable<SupervisorTask> tasks, string name = "item", string? graceId = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        T0 = t0;
        Name = name;
        GraceId = graceId;
        Add(tasks);
        Complete = _tasks.Count == 0;
    }

    public DateTimeOffset T0 { get; }

    public string Name { get; }

    /// <summary>The event this item supervises, if any; the queue indexes items by it.</summary>
    public string? GraceId { get; }

    public IReadOnlyList<SupervisorTask> Tasks => _tasks;

    public IReadOnlyList<SupervisorTask> CompletedTasks => _completed;

    public bool Complete { get; private set; }

    /// <summary>The earliest pending task's expiration; <see cref="DateTimeOffset.MinValue"/> with none (the original's -inf).</summary>
    public DateTimeOffset Expiration => _tasks.Count == 0 ? DateTimeOffset.MinValue : _tasks[0].Expiration!.Value;

    public bool HasExpired(DateTimeOffset now) => _tasks.Count == 0 || _tasks[0].HasExpired(now);

    /// <summary>Adds tasks, each expiring its timeout after <see cref="T0"/>.</summary>
    public void Add(IEnumerable<SupervisorTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        foreach (SupervisorTask task in tasks)
        {
            task.SetExpiration(T0);
            Insert(task);
        }
    }

    /// <summary>Removes the first pending task of that name.</summary>
    public void Remove(string taskName)
    {
        int index = _tasks.FindIndex(t => t.Name == taskName);
        if (index < 0)
        {
            throw new KeyNotFoundException($"item '{Name}' has no pending task '{taskName}'");
        }

        _tasks.RemoveAt(index);
        Complete = _tasks.Count == 0;
    }

    /// <summary>
    /// Runs every expired task in expiration order. A task still expired after running is done; one that moved its
    /// expiration into the future is kept (re-armed). The item is complete when no task is left.
    /// </summary>
    public void Execute(DateTimeOffset now)
    {
        while (_tasks.Count > 0 && _tasks[0].HasExpired(now))
        {
            SupervisorTask task = _tasks[0];
            _tasks.RemoveAt(0);
            task.Execute(now);
            if (task.HasExpired(now))
            {
                _completed.Add(task);
            }
            else
            {
                Insert(task);
            }
        }

        Complete = _tasks.Count == 0;
    }

    /// <summary>Marks the item complete without running what is left (after an exception, or when cleared by a command).</summary>
    public void MarkComplete() => Complete = true;

    public override string ToString() => $"{Name}{(GraceId is null ? string.Empty : " " + GraceId)} @ {Expiration:O} ({_tasks.Count} pending)";

    // After every pending task with an expiration not later than this one's: ties keep insertion order.
    private void Insert(SupervisorTask task)
    {
        int index = _tasks.FindLastIndex(t => t.Expiration <= task.Expiration) + 1;
        _tasks.Insert(index, task);
    }
}
