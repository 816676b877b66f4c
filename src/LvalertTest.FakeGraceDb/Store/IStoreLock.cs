namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// Serialises writers of one store: every write holds it from validation against current state to commit. It also
/// tells whether anyone else wrote since this process last looked, so per-event caches stay valid without a stat
/// per call when nobody else writes.
/// </summary>
public interface IStoreLock
{
    IDisposable Acquire();

    /// <summary>Under the lock: true if another process wrote since this process last checked or wrote.</summary>
    bool OthersWroteSinceLastCheck();

    /// <summary>Under the lock, after a write: records that this process wrote.</summary>
    void RecordWrite();
}

/// <summary>For a store no other process can see (the in-memory file system): a monitor is enough.</summary>
public sealed class InProcessStoreLock : IStoreLock
{
    private readonly Lock _gate = new();

    public IDisposable Acquire()
    {
        _gate.Enter();
        return new Releaser(_gate);
    }

    public bool OthersWroteSinceLastCheck() => false;

    public void RecordWrite()
    {
    }

    private sealed class Releaser(Lock gate) : IDisposable
    {
        public void Dispose() => gate.Exit();
    }
}
