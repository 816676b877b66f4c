namespace LvalertTest.FakeGraceDb.Store;

/// <summary>Serialises writers of one store: every write holds it from validation against current state to commit.</summary>
public interface IStoreLock
{
    IDisposable Acquire();
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

    private sealed class Releaser(Lock gate) : IDisposable
    {
        public void Dispose() => gate.Exit();
    }
}
