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
    private int _nextSlot;
    private SupervisorTask? _running;

    public QueueItem(DateTimeOffset t0, IEnumerable<SupervisorTask> tasks, string name = "item", string? graceId = null, ItemRecipe? recipe = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        T0 = t0;
        Name = name;
        GraceId = graceId;
        Recipe = recipe;
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

    /// <summary>
    /// How to build this item again (its kind and creation arguments); a checkpoint stores the recipe and the tasks'
    /// progress instead of the objects. Items without one are left out of checkpoints.
    /// </summary>
    public ItemRecipe? Recipe { get; }

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
            task.Slot = _nextSlot++;
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
            _running = task;
            try
            {
                task.Execute(now);
            }
            finally
            {
                _running = null;
            }

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

    /// <summary>
    /// Counts as done, before their expiration, the pending tasks that <paramref name="done"/> accepts (a check an
    /// alert has already satisfied; the predicate does and reports the check). Returns how many; the caller
    /// reschedules the item in its queue.
    /// </summary>
    public int CompleteEarly(Func<SupervisorTask, bool> done)
    {
        ArgumentNullException.ThrowIfNull(done);
        List<SupervisorTask> finished = _tasks.Where(done).ToList();
        foreach (SupervisorTask task in finished)
        {
            _tasks.Remove(task);
            _completed.Add(task);
        }

        Complete = _tasks.Count == 0;
        return finished.Count;
    }

    /// <summary>Marks the item complete without running what is left (after an exception, or when cleared by a command).</summary>
    public void MarkComplete() => Complete = true;

    /// <summary>
    /// The tasks' progress as a checkpoint records it: pending tasks in run order, then the completed ones. A task
    /// running right now counts as pending if it has already re-armed itself into the future (repeating work, such as
    /// a repeating checkpoint saving itself), and as completed otherwise.
    /// </summary>
    internal (IReadOnlyList<SupervisorTask> Pending, IReadOnlyList<SupervisorTask> Completed) Progress(DateTimeOffset now)
    {
        var pending = new List<SupervisorTask>(_tasks);
        var completed = new List<SupervisorTask>(_completed);
        if (_running is { } running)
        {
            (running.HasExpired(now) ? completed : pending).Add(running);
        }

        return (pending, completed);
    }

    /// <summary>
    /// Brings a freshly re-created item to the progress a checkpoint recorded: tasks are matched by creation slot and
    /// name, pending ones get their recorded expirations, and tasks in neither list (removed before the checkpoint) go.
    /// </summary>
    internal void RestoreProgress(IEnumerable<(int Slot, string Name, DateTimeOffset Expiration)> pending, IEnumerable<(int Slot, string Name)> completed)
    {
        Dictionary<int, SupervisorTask> bySlot = _tasks.Concat(_completed).ToDictionary(t => t.Slot);
        SupervisorTask Match(int slot, string name) =>
            bySlot.Remove(slot, out SupervisorTask? task) && task.Name == name
                ? task
                : throw new InvalidDataException($"item '{Name}' has no task '{name}' in slot {slot} (or it is listed twice)");

        var restoredPending = pending.Select(p => (Task: Match(p.Slot, p.Name), p.Expiration)).ToList();
        var restoredCompleted = completed.Select(c => Match(c.Slot, c.Name)).ToList();
        _tasks.Clear();
        _completed.Clear();
        _completed.AddRange(restoredCompleted);
        foreach ((SupervisorTask task, DateTimeOffset expiration) in restoredPending)
        {
            task.RestoreExpiration(expiration);
            Insert(task);
        }

        Complete = _tasks.Count == 0;
    }

    public override string ToString() => $"{Name}{(GraceId is null ? string.Empty : " " + GraceId)} @ {Expiration:O} ({_tasks.Count} pending)";

    // After every pending task with an expiration not later than this one's: ties keep insertion order.
    private void Insert(SupervisorTask task)
    {
        int index = _tasks.FindLastIndex(t => t.Expiration <= task.Expiration) + 1;
        _tasks.Insert(index, task);
    }
}
