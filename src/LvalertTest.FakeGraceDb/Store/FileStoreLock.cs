namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// A lock shared by every process that opens the store on disk: <c>store.lock</c> opened without sharing
/// (an advisory flock on Unix, a share-mode lock on Windows) for as long as a write lasts, plus a monitor per path
/// for stores opened twice in one process.
/// </summary>
public sealed class FileStoreLock : IStoreLock
{
    private static readonly Dictionary<string, Lock> Gates = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly Lock _gate;
    private readonly TimeSpan _timeout;

    public FileStoreLock(string lockFilePath, TimeSpan? timeout = null)
    {
        _path = Path.GetFullPath(lockFilePath);
        _timeout = timeout ?? TimeSpan.FromSeconds(30);
        lock (Gates)
        {
            if (!Gates.TryGetValue(_path, out Lock? gate))
            {
                gate = new Lock();
                Gates.Add(_path, gate);
            }

            _gate = gate;
        }
    }

    public IDisposable Acquire()
    {
        _gate.Enter();
        try
        {
            FileStream? held = null;

            // Waiting for another process is wall-clock waiting by nature; SpinWait backs off to short sleeps.
            bool locked = SpinWait.SpinUntil(() => TryOpenExclusive(out held), _timeout);
            if (!locked || held is null)
            {
                throw new TimeoutException($"{_path}: another process has held the store lock for more than {_timeout.TotalSeconds:0} s");
            }

            return new Releaser(held, _gate);
        }
        catch
        {
            _gate.Exit();
            throw;
        }
    }

    private bool TryOpenExclusive(out FileStream? stream)
    {
        try
        {
            stream = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            stream = null;
            return false;
        }
    }

    private sealed class Releaser(FileStream held, Lock gate) : IDisposable
    {
        private bool _released;

        public void Dispose()
        {
            if (_released)
            {
                return;
            }

            _released = true;
            try
            {
                held.Dispose();
            }
            finally
            {
                gate.Exit();
            }
        }
    }
}
