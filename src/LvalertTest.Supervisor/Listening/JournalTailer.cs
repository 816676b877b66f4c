using System.IO.Abstractions;
using System.Text;

namespace LvalertTest.Supervisor.Listening;

/// <summary>
/// Follows an alert journal (<c>alerts.jsonl</c>) as writers append to it: each read returns the complete lines added
/// since the last one. A last line without its '\n' is still being written (or was cut by a crash, and the store's
/// next writer cuts it off): it is left for a later read. The file is opened per read, sharing it with the writers,
/// and a file that does not exist yet reads as empty. Waiting between reads goes through the given
/// <see cref="TimeProvider"/> (<c>Task.Delay(interval, time)</c>), so tests can drive it on a virtual clock.
/// </summary>
public sealed class JournalTailer : IListenerInput
{
    // Read at most about this much per call, so a long journal is delivered in batches rather than held whole.
    private const int BatchBytes = 1 << 20;
    private const int BlockBytes = 64 * 1024;

    private readonly IFileSystem _fileSystem;
    private readonly TimeProvider _time;
    private readonly TimeSpan _pollInterval;
    private readonly Action<string>? _warn;

    public JournalTailer(string path, TimeProvider time, TimeSpan pollInterval, IFileSystem? fileSystem = null, Action<string>? warn = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pollInterval, TimeSpan.Zero);
        Path = path;
        _time = time;
        _pollInterval = pollInterval;
        _fileSystem = fileSystem ?? new FileSystem();
        _warn = warn;
    }

    public string Path { get; }

    public string Name => Path;

    /// <summary>The byte offset just after the last complete line read.</summary>
    public long Position { get; private set; }

    /// <summary>Lines read so far (the number of the last one).</summary>
    public long LinesRead { get; private set; }

    public bool IsExhausted { get; private set; }

    /// <summary>Always false: a journal can always grow.</summary>
    public bool HasEnded => false;

    public bool HasIncompleteLine { get; private set; }

    public IReadOnlyList<InputLine> ReadAvailable()
    {
        if (!_fileSystem.File.Exists(Path))
        {
            if (Position > 0)
            {
                Restart($"{Path}: the journal is gone after {LinesRead} lines: reading it again from the start when it comes back");
            }

            IsExhausted = true;
            HasIncompleteLine = false;
            return [];
        }

        using var bytes = new MemoryStream();
        bool atEnd = ReadFromPosition(bytes, out int lastNewline);
        HasIncompleteLine = atEnd && bytes.Length > lastNewline + 1;
        IsExhausted = atEnd && lastNewline < 0;
        if (lastNewline < 0)
        {
            return [];
        }

        byte[] buffer = bytes.GetBuffer();
        // A byte-order mark at the very start is not part of the first line.
        int start = Position == 0 && lastNewline >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        string text = Encoding.UTF8.GetString(buffer, start, lastNewline - start);
        Position += lastNewline + 1;
        var lines = new List<InputLine>();
        foreach (string line in text.Split('\n'))
        {
            lines.Add(new InputLine(++LinesRead, line.EndsWith('\r') ? line[..^1] : line));
        }

        return lines;
    }

    public Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(_pollInterval, _time, cancellationToken);

    /// <summary>Nothing is held open between reads.</summary>
    public void Dispose()
    {
    }

    /// <summary>Copies bytes from <see cref="Position"/> on; true when it reached the end of the file.</summary>
    private bool ReadFromPosition(MemoryStream bytes, out int lastNewline)
    {
        using FileSystemStream stream = _fileSystem.FileStream.New(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length < Position)
        {
            Restart($"{Path}: the journal shrank from {Position} to {stream.Length} bytes (replaced or cut): reading it again from the start");
        }

        stream.Seek(Position, SeekOrigin.Begin);
        var block = new byte[BlockBytes];
        lastNewline = -1;
        int read;
        while ((read = stream.Read(block, 0, block.Length)) > 0)
        {
            int newline = Array.LastIndexOf(block, (byte)'\n', read - 1);
            if (newline >= 0)
            {
                lastNewline = checked((int)bytes.Length + newline);
            }

            bytes.Write(block, 0, read);
            if (lastNewline >= 0 && bytes.Length >= BatchBytes)
            {
                return false;
            }
        }

        return true;
    }

    private void Restart(string warning)
    {
        _warn?.Invoke(warning);
        Position = 0;
        LinesRead = 0;
    }
}
