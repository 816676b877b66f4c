namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// Open, unbuffered append handles to the busiest JSON-lines files (event logs), so a write costs a seek and a
/// write instead of an open and a close. Every append goes to the file's current end under the store lock, so other
/// processes' appends are never overwritten. At most <see cref="Capacity"/> stay open; the oldest opened is closed
/// first (a fixed order, so runs stay reproducible).
/// </summary>
internal sealed class AppendHandles(IStoreFiles files, bool flushEachWrite) : IDisposable
{
    public const int Capacity = 256;
    private readonly Dictionary<string, Stream> _open = new(StringComparer.Ordinal);
    private Queue<string> _openedOrder = new();
    private readonly HashSet<string> _atVerifiedEnd = new(StringComparer.Ordinal);

    /// <summary>Appends one complete line (UTF-8, ending in '\n').</summary>
    public void Append(string path, byte[] line)
    {
        Stream stream = Get(path);

        // A handle this process alone has written through since it checked the tail is at the end already.
        if (_atVerifiedEnd.Add(path))
        {
            JsonLines.CutTornTail(stream);
            stream.Seek(0, SeekOrigin.End);
        }

        stream.Write(line, 0, line.Length);

        // On disk the handle is unbuffered: the write is already the system's. In memory, readers only see a flush.
        if (flushEachWrite)
        {
            stream.Flush();
        }
    }

    /// <summary>Another process may have written: check tails and ends again before the next appends.</summary>
    public void ForgetPositions() => _atVerifiedEnd.Clear();

    /// <summary>Closes the handles of files under <paramref name="directory"/> (before it is removed).</summary>
    public void CloseUnder(string directory)
    {
        // With the separator: closing G000001's files must not close G0000012's.
        string trimmed = directory.TrimEnd('/', '\\');
        foreach (string path in _open.Keys.Where(p => p.StartsWith(trimmed + '/', StringComparison.Ordinal) || p.StartsWith(trimmed + '\\', StringComparison.Ordinal)).ToList())
        {
            _open[path].Dispose();
            _open.Remove(path);
            _atVerifiedEnd.Remove(path);
        }

        // Keep the opening order to the open handles: events forgotten one by one would otherwise pile up in it.
        _openedOrder = new Queue<string>(_openedOrder.Where(_open.ContainsKey));
    }

    public void Dispose()
    {
        foreach (Stream stream in _open.Values)
        {
            stream.Dispose();
        }

        _open.Clear();
    }

    private Stream Get(string path)
    {
        if (_open.TryGetValue(path, out Stream? stream))
        {
            return stream;
        }

        while (_open.Count >= Capacity && _openedOrder.TryDequeue(out string? oldest))
        {
            if (_open.Remove(oldest, out Stream? closing))
            {
                closing.Dispose();
                _atVerifiedEnd.Remove(oldest);
            }
        }

        stream = files.Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        _open.Add(path, stream);
        _openedOrder.Enqueue(path);
        return stream;
    }
}
