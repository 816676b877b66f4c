using System.IO.Abstractions;
using LvalertTest.Core.Storage;

namespace LvalertTest.FakeGraceDb.Store;

/// <summary>A store's files on a file system: the real disk, or an in-memory one in tests.</summary>
internal sealed class FileSystemStoreFiles(IFileSystem fileSystem) : IStoreFiles
{
    public IFileSystem FileSystem { get; } = fileSystem;

    public string Combine(string[] parts) => FileSystem.Path.Combine(parts);

    public string FileName(string path) => FileSystem.Path.GetFileName(path);

    public bool FileExists(string path) => FileSystem.File.Exists(path);

    public bool DirectoryExists(string path) => FileSystem.Directory.Exists(path);

    public void CreateDirectory(string path) => FileSystem.Directory.CreateDirectory(path);

    public void DeleteDirectory(string path) => FileSystem.Directory.Delete(path, recursive: true);

    public IEnumerable<string> Directories(string path) => FileSystem.Directory.EnumerateDirectories(path);

    public byte[] ReadAllBytes(string path) => FileSystem.File.ReadAllBytes(path);

    public string ReadAllText(string path) => FileSystem.File.ReadAllText(path);

    public void WriteAllBytes(string path, byte[] contents) => FileSystem.File.WriteAllBytes(path, contents);

    public void WriteAtomically(string path, byte[] contents) => AtomicFile.Write(FileSystem, path, contents);

    public long? Length(string path)
    {
        IFileInfo info = FileSystem.FileInfo.New(path);
        return info.Exists ? info.Length : null;
    }

    public Stream Open(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize) =>
        bufferSize > 0
            ? FileSystem.FileStream.New(path, mode, access, share, bufferSize)
            : FileSystem.FileStream.New(path, mode, access, share, bufferSize: 0);
}
