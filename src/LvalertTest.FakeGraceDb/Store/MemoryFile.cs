namespace LvalertTest.FakeGraceDb.Store;

/// <summary>One file of <see cref="MemoryStoreFiles"/>: a buffer that grows by doubling, shared by every stream on it.</summary>
internal sealed class MemoryFile
{
    private byte[] _data = [];

    public int Length { get; private set; }

    public byte[] Contents() => _data.AsSpan(0, Length).ToArray();

    public void Replace(byte[] contents)
    {
        _data = contents.AsSpan().ToArray();
        Length = contents.Length;
    }

    public int Read(long position, Span<byte> destination)
    {
        if (position >= Length)
        {
            return 0;
        }

        int count = (int)Math.Min(destination.Length, Length - position);
        _data.AsSpan((int)position, count).CopyTo(destination);
        return count;
    }

    public void Write(long position, ReadOnlySpan<byte> source)
    {
        long end = position + source.Length;
        if (end > int.MaxValue)
        {
            throw new IOException("an in-memory store file cannot grow past 2 GiB");
        }

        EnsureCapacity((int)end);
        if (position > Length)
        {
            // Writing past the end leaves zeros in between, as a file does.
            _data.AsSpan(Length, (int)position - Length).Clear();
        }

        source.CopyTo(_data.AsSpan((int)position));
        Length = Math.Max(Length, (int)end);
    }

    public void SetLength(long length)
    {
        if (length > int.MaxValue || length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "an in-memory store file holds 0 to 2 GiB");
        }

        EnsureCapacity((int)length);
        if (length > Length)
        {
            _data.AsSpan(Length, (int)length - Length).Clear();
        }

        Length = (int)length;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(needed, Math.Max(256, _data.Length * 2)));
        }
    }
}
