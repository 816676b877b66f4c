namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// A lock shared by every process that opens the store on disk, on <c>store.lock</c>: a byte-range lock on a handle
/// kept open (fcntl on Linux, LockFileEx on Windows; two system calls a write), or on macOS, where .NET has no
/// byte-range locks, the file opened without sharing (an advisory flock) for as long as a write lasts. A monitor per
/// path covers stores opened twice in one process, since these locks belong to the process. Bytes 8-15 of the file
/// count writes, so a process can tell whether anyone else wrote since its own last write.
/// </summary>
public sealed class FileStoreLock : IStoreLock, IDisposable
{
    private static readonly Dictionary<string, Lock> Gates = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly Lock _gate;
    private readonly TimeSpan _timeout;
    private readonly FileStream? _rangeLockHandle;
    private long _lastSeenWrites = -1;

    public FileStoreLock(string lockFilePath, TimeSpan? timeout = null)
    {
        _path = Path.GetFullPath(lockFilePath);
        _timeout = timeout ?? TimeSpan.FromSeconds(30);
        if (!OperatingSystem.IsMacOS())
        {
            _rangeLockHandle = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }

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
            IDisposable? held = null;

            // Waiting for another process is wall-clock waiting by nature; SpinWait backs off to short sleeps.
            bool locked = SpinWait.SpinUntil(() => TryLock(out held), _timeout);
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

    public void Dispose() => _rangeLockHandle?.Dispose();

    public bool OthersWroteSinceLastCheck()
    {
        if (_rangeLockHandle is null)
        {
            return true; // no counter without a persistent handle: assume the worst
        }

        long writes = ReadWriteCount();
        bool changed = writes != _lastSeenWrites;
        _lastSeenWrites = writes;
        return changed;
    }

    public void RecordWrite()
    {
        if (_rangeLockHandle is null)
        {
            return;
        }

        // The count was read when the lock was taken (OthersWroteSinceLastCheck), and only the holder changes it.
        long writes = (_lastSeenWrites < 0 ? ReadWriteCount() : _lastSeenWrites) + 1;
        Span<byte> bytes = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes, writes);
        RandomAccess.Write(_rangeLockHandle.SafeFileHandle, bytes, 8);
        _lastSeenWrites = writes;
    }

    private long ReadWriteCount()
    {
        Span<byte> bytes = stackalloc byte[8];
        int read = RandomAccess.Read(_rangeLockHandle!.SafeFileHandle, bytes, 8);
        return read == 8 ? System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(bytes) : 0;
    }

    private bool TryLock(out IDisposable? held)
    {
        held = null;
        try
        {
            if (_rangeLockHandle is not null && !OperatingSystem.IsMacOS())
            {
                _rangeLockHandle.Lock(0, 1);
                held = new RangeUnlock(_rangeLockHandle);
            }
            else
            {
                held = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private sealed class RangeUnlock(FileStream handle) : IDisposable
    {
        public void Dispose()
        {
            if (!OperatingSystem.IsMacOS())
            {
                handle.Unlock(0, 1);
            }
        }
    }

    private sealed class Releaser(IDisposable held, Lock gate) : IDisposable
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
