namespace LvalertTest.Supervisor.Queue;

/// <summary>
/// One piece of deferred work in a <see cref="QueueItem"/> (lvalertMP's Task): it expires <see cref="Timeout"/> after
/// its item's reference time. A task that wants to run again moves its own expiration into the future while it runs
/// (<see cref="RearmAt"/>); its item then keeps it instead of completing it.
/// </summary>
public abstract class SupervisorTask
{
    protected SupervisorTask(string name, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (timeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, $"task '{name}' needs a timeout of zero or more");
        }

        Name = name;
        Timeout = timeout;
    }

    public string Name { get; }

    public TimeSpan Timeout { get; }

    public DateTimeOffset? Expiration { get; private set; }

    /// <summary>The task's place in its item's creation order: how a checkpoint matches it to its re-created twin.</summary>
    internal int Slot { get; set; }

    public void SetExpiration(DateTimeOffset t0) => Expiration = t0 + Timeout;

    /// <summary>Expired when the clock has reached the expiration (the original's strict "&gt;" would never fire at exactly the deadline in virtual time).</summary>
    public bool HasExpired(DateTimeOffset now) =>
        now >= (Expiration ?? throw new InvalidOperationException($"task '{Name}' has no expiration yet: its item has not set it"));

    /// <summary>Does the task's work at <paramref name="now"/>.</summary>
    public abstract void Execute(DateTimeOffset now);

    /// <summary>Runs the task again at <paramref name="next"/> (called from <see cref="Execute"/>: repeating work).</summary>
    protected void RearmAt(DateTimeOffset next) => Expiration = next;

    /// <summary>Puts back the expiration a checkpoint recorded (it may have been re-armed since the item's t0).</summary>
    internal void RestoreExpiration(DateTimeOffset expiration) => Expiration = expiration;

    public override string ToString() => $"{Name} @ {Expiration:O}";
}
