namespace LvalertTest.FakeGraceDb.Store;

/// <summary>A stream on a <see cref="MemoryFile"/> with its own position; writes reach the file (and its readers) at once.</summary>
internal sealed class MemoryFileStream(MemoryFile file, FileAccess access) : Stream
{
    private long _position;
    private bool _closed;

    public override bool CanRead => !_closed && access.HasFlag(FileAccess.Read);

    public override bool CanSeek => !_closed;

    public override bool CanWrite => !_closed && access.HasFlag(FileAccess.Write);

    public override long Length => Open().Length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override void Flush()
    {
        // Nothing is buffered.
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (!CanRead)
        {
            throw new NotSupportedException("the stream was not opened for reading");
        }

        int read = Open().Read(_position, buffer);
        _position += read;
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!CanWrite)
        {
            throw new NotSupportedException("the stream was not opened for writing");
        }

        Open().Write(_position, buffer);
        _position += buffer.Length;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        long target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => Open().Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
        };
        ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
        _position = target;
        return target;
    }

    public override void SetLength(long value)
    {
        if (!CanWrite)
        {
            throw new NotSupportedException("the stream was not opened for writing");
        }

        Open().SetLength(value);
        _position = Math.Min(_position, value);
    }

    protected override void Dispose(bool disposing)
    {
        _closed = true;
        base.Dispose(disposing);
    }

    private MemoryFile Open() => _closed ? throw new ObjectDisposedException(nameof(MemoryFileStream)) : file;
}
