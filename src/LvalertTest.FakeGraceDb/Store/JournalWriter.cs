namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// The store's alert journal, kept open for appends (it grows with every write; reopening it each time costs an open,
/// and on the in-memory file system a copy of the whole file). Every append goes to the current end under the store
/// lock, so other processes appending to the same journal are never overwritten. In memory nothing else reads the
/// file until <see cref="Flush"/> (flushing there copies the whole file), so only one open store may write it.
/// </summary>
internal sealed class JournalWriter(IStoreFiles files, string path, bool sharedWithOtherProcesses) : IDisposable
{
    private Stream? _stream;
    private bool _atVerifiedEnd;

    /// <summary>Another process may have written: check the tail and the end again before the next append.</summary>
    public void ForgetPosition() => _atVerifiedEnd = false;

    /// <summary>Appends complete lines (UTF-8 JSON objects, each ending in '\n') in one write.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        // Unbuffered where others read it (each write reaches the system at once); buffered in memory.
        _stream ??= files.Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: sharedWithOtherProcesses ? 0 : 4096);
        if (!_atVerifiedEnd)
        {
            JsonLines.CutTornTail(_stream);
            _stream.Seek(0, SeekOrigin.End);
            _atVerifiedEnd = true;
        }

        _stream.Write(bytes);
    }

    /// <summary>Makes everything appended visible to readers of the file.</summary>
    public void Flush() => _stream?.Flush();

    public void Dispose() => _stream?.Dispose();
}
