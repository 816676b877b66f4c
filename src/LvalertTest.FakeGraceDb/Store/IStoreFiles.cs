namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// The file operations a store needs, and no more: the disk (or any <see cref="System.IO.Abstractions.IFileSystem"/>)
/// through <see cref="FileSystemStoreFiles"/>, or the process's memory through <see cref="MemoryStoreFiles"/>.
/// Paths are the ones <see cref="StoreLayout"/> builds.
/// </summary>
internal interface IStoreFiles
{
    string Combine(string[] parts);

    string FileName(string path);

    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>Creates the directory and any missing parents.</summary>
    void CreateDirectory(string path);

    /// <summary>Removes the directory with everything under it.</summary>
    void DeleteDirectory(string path);

    /// <summary>The directories directly under <paramref name="path"/>, as full paths.</summary>
    IEnumerable<string> Directories(string path);

    byte[] ReadAllBytes(string path);

    string ReadAllText(string path);

    void WriteAllBytes(string path, byte[] contents);

    /// <summary>Replaces a whole document so that a reader sees the old one or the new one, never a torn one.</summary>
    void WriteAtomically(string path, byte[] contents);

    /// <summary>The file's length, or null when it does not exist.</summary>
    long? Length(string path);

    /// <summary>A stream on the file; <paramref name="bufferSize"/> 0 asks for unbuffered writes.</summary>
    Stream Open(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize);
}
