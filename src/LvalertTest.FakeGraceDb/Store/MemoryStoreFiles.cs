using System.Text;

namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// A store's files in the process's memory, for long simulations: a file is one growable buffer that every stream on
/// it shares (an append is a copy of the appended bytes only, and readers see it at once), and removing an event's
/// directory touches that directory alone. <c>MockFileSystem</c> keeps every operation general (path normalisation,
/// attributes, a whole-file copy per flush, a scan of all files per directory removal), which a simulated year of
/// events cannot afford. Paths are '/'-separated as <see cref="StoreLayout"/> builds them; not thread-safe (the store
/// lock serialises access).
/// </summary>
internal sealed class MemoryStoreFiles : IStoreFiles
{
    private const char Separator = '/';
    private readonly Dictionary<string, MemoryFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Folder> _folders = new(StringComparer.Ordinal);

    public string Combine(string[] parts)
    {
        if (Array.TrueForAll(parts, p => p.Length > 0 && p[^1] != Separator))
        {
            // The usual case (StoreLayout's parts): a plain join.
            return string.Join(Separator, parts);
        }

        var path = new StringBuilder();
        foreach (string part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (path.Length > 0 && path[^1] != Separator)
            {
                path.Append(Separator);
            }

            path.Append(part);
        }

        return path.ToString();
    }

    public string FileName(string path) => path[(path.LastIndexOf(Separator) + 1)..];

    public bool FileExists(string path) => _files.ContainsKey(path);

    public bool DirectoryExists(string path) => _folders.ContainsKey(Normalise(path));

    public void CreateDirectory(string path)
    {
        path = Normalise(path);
        if (_folders.ContainsKey(path))
        {
            return;
        }

        if (_files.ContainsKey(path))
        {
            throw new IOException($"{path}: a file of that name exists");
        }

        string? parent = Parent(path);
        if (parent is not null)
        {
            CreateDirectory(parent);
            _folders[parent].Folders.Add(path);
        }

        _folders.Add(path, new Folder());
    }

    public void DeleteDirectory(string path)
    {
        path = Normalise(path);
        if (!_folders.Remove(path, out Folder? folder))
        {
            throw new DirectoryNotFoundException($"{path}: no such directory");
        }

        foreach (string file in folder.Files)
        {
            _files.Remove(file);
        }

        foreach (string child in folder.Folders.ToList())
        {
            DeleteDirectory(child);
        }

        if (Parent(path) is { } parent && _folders.TryGetValue(parent, out Folder? above))
        {
            above.Folders.Remove(path);
        }
    }

    public IEnumerable<string> Directories(string path) =>
        _folders.TryGetValue(Normalise(path), out Folder? folder)
            ? [.. folder.Folders]
            : throw new DirectoryNotFoundException($"{path}: no such directory");

    public byte[] ReadAllBytes(string path) => Existing(path).Contents();

    public string ReadAllText(string path)
    {
        byte[] bytes = ReadAllBytes(path);
        // As File.ReadAllText: a UTF-8 byte-order mark is not part of the text.
        return bytes.AsSpan().StartsWith("\xEF\xBB\xBF"u8) ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3) : Encoding.UTF8.GetString(bytes);
    }

    public void WriteAllBytes(string path, byte[] contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        // In place, as on a disk: a stream already open on the file sees the new contents.
        FileFor(path).Replace(contents);
    }

    // Nothing can interrupt an in-memory write halfway.
    public void WriteAtomically(string path, byte[] contents) => WriteAllBytes(path, contents);

    public long? Length(string path) => _files.TryGetValue(path, out MemoryFile? file) ? file.Length : null;

    public Stream Open(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize)
    {
        // The store opens files to read them (Open) or to append to them (OpenOrCreate), nothing else.
        MemoryFile file = mode switch
        {
            FileMode.Open => Existing(path),
            FileMode.OpenOrCreate => FileFor(path),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "a store opens files with Open or OpenOrCreate"),
        };
        return new MemoryFileStream(file, access);
    }

    private MemoryFile Existing(string path) =>
        _files.TryGetValue(path, out MemoryFile? file) ? file : throw new FileNotFoundException($"{path}: no such file", path);

    private MemoryFile FileFor(string path)
    {
        if (_files.TryGetValue(path, out MemoryFile? file))
        {
            return file;
        }

        string parent = Parent(path) ?? throw new IOException($"{path}: not a file path");
        if (!_folders.TryGetValue(parent, out Folder? folder))
        {
            throw new DirectoryNotFoundException($"{parent}: no such directory");
        }

        file = new MemoryFile();
        _files.Add(path, file);
        folder.Files.Add(path);
        return file;
    }

    private static string Normalise(string path) => path.Length > 1 && path[^1] == Separator ? path[..^1] : path;

    private static string? Parent(string path)
    {
        int last = path.LastIndexOf(Separator);
        return last switch
        {
            < 0 => null,
            0 => path.Length > 1 ? "/" : null,
            _ => path[..last],
        };
    }

    private sealed class Folder
    {
        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

        // Sorted: listing a directory gives the same order on every run.
        public SortedSet<string> Folders { get; } = new(StringComparer.Ordinal);
    }
}
