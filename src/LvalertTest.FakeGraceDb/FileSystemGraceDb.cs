using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Core.Storage;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb;

/// <summary>
/// A GraceDb on a file system: one directory per GraceID, JSON documents written atomically and append-only JSON
/// lines (layout: fake-gracedb/README.md). Every write holds the store lock, validates first and commits last, and
/// publishes the alerts the real server would, to the event's nodes and to the store's alert journal.
/// </summary>
public sealed partial class FileSystemGraceDb : IGraceDb, IDisposable
{
    private const string StoreFormat = "lvalerttest-fake-gracedb";
    private readonly IStoreFiles _files;
    private readonly StoreLayout _layout;
    private readonly IStoreLock _lock;
    private readonly FakeGraceDbOptions _options;
    private readonly List<IAlertPublisher> _publishers = [];
    private readonly JournalWriter _journal;
    private readonly AppendHandles _logAppenders;
    private readonly bool _sharedWithOtherProcesses;

    private FileSystemGraceDb(IStoreFiles files, string root, FakeGraceDbOptions options, IStoreLock storeLock, bool sharedWithOtherProcesses)
    {
        _files = files;
        _layout = new StoreLayout(files, root);
        _options = options;
        _lock = storeLock;
        _sharedWithOtherProcesses = sharedWithOtherProcesses;

        // Other processes read the journal only on disk; in memory, flushing every append would copy the whole file.
        // Event logs are small, and in memory their readers need a flush to see an append.
        _journal = new JournalWriter(files, _layout.AlertJournal, sharedWithOtherProcesses);
        _logAppenders = new AppendHandles(files, flushEachWrite: !sharedWithOtherProcesses);
        using (Enter())
        {
            Dialect = OpenOrCreateStoreDocument();
            LoadIndex();
        }
    }

    /// <summary>The alert dialect this store publishes in (fixed when the store was created).</summary>
    public AlertDialect Dialect { get; }

    public string Root => _layout.Root;

    /// <summary>The file system the store lives on (to reopen an in-memory store, or inspect it in tests).</summary>
    public IFileSystem FileSystem => _files is FileSystemStoreFiles onFileSystem
        ? onFileSystem.FileSystem
        : throw new InvalidOperationException($"the store at {Root} lives in this process's memory, not on a file system");

    public FakeGraceDbOptions Options => _options;

    /// <summary>True for a store on disk, which other processes may read and write.</summary>
    public bool IsSharedWithOtherProcesses => _sharedWithOtherProcesses;

    /// <summary>Opens (or creates) a store on the real disk, shared safely with other processes.</summary>
    public static FileSystemGraceDb OpenOnDisk(string root, FakeGraceDbOptions? options = null)
    {
        Directory.CreateDirectory(root);
        return new FileSystemGraceDb(new FileSystemStoreFiles(new FileSystem()), Path.GetFullPath(root), options ?? new FakeGraceDbOptions(), new FileStoreLock(Path.Combine(root, "store.lock")), sharedWithOtherProcesses: true);
    }

    /// <summary>A store on an in-memory file system (<c>MockFileSystem</c>), which tests can look into and reopen.</summary>
    public static FileSystemGraceDb InMemory(FakeGraceDbOptions? options = null) =>
        Open(new MockFileSystem(), "/gracedb", options ?? new FakeGraceDbOptions());

    /// <summary>
    /// A store in this process's memory alone, for simulations: the same store, with files that cost an append what
    /// it appends (no file-system emulation), so a simulated year stays fast. Not reachable through
    /// <see cref="FileSystem"/>.
    /// </summary>
    public static FileSystemGraceDb InProcessMemory(FakeGraceDbOptions? options = null)
    {
        var files = new MemoryStoreFiles();
        files.CreateDirectory("/gracedb");
        return new FileSystemGraceDb(files, "/gracedb", options ?? new FakeGraceDbOptions(), new InProcessStoreLock(), sharedWithOtherProcesses: false);
    }

    /// <summary>The same store opened again, as a restarted process would: its caches start empty.</summary>
    public FileSystemGraceDb Reopen(FakeGraceDbOptions? options = null) =>
        _sharedWithOtherProcesses
            ? OpenOnDisk(Root, options ?? _options)
            : new FileSystemGraceDb(_files, Root, options ?? _options, new InProcessStoreLock(), sharedWithOtherProcesses: false);

    /// <summary>Opens (or creates) a store on any file system; only this process may write it.</summary>
    public static FileSystemGraceDb Open(IFileSystem fileSystem, string root, FakeGraceDbOptions options)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        fileSystem.Directory.CreateDirectory(root);
        return new FileSystemGraceDb(new FileSystemStoreFiles(fileSystem), root, options, new InProcessStoreLock(), sharedWithOtherProcesses: false);
    }

    /// <summary>Flushes and closes the alert journal.</summary>
    public void Dispose()
    {
        _journal.Dispose();
        _logAppenders.Dispose();
        (_lock as IDisposable)?.Dispose();
    }

    /// <summary>Adds a receiver of every alert this store publishes from now on.</summary>
    public void Subscribe(IAlertPublisher publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        _publishers.Add(publisher);
    }

    private AlertDialect OpenOrCreateStoreDocument()
    {
        string path = _layout.StoreDocument;
        if (!_files.FileExists(path))
        {
            var document = new JsonObject
            {
                ["format"] = StoreFormat,
                ["version"] = 1,
                ["dialect"] = _options.Dialect == AlertDialect.Igwn ? "igwn" : "legacy",
            };
            _files.WriteAtomically(path, Encoding.UTF8.GetBytes(document.ToJsonString() + "\n"));
            return _options.Dialect;
        }

        try
        {
            JsonObject document = JsonNode.Parse(_files.ReadAllText(path)) as JsonObject ?? throw new JsonException("not an object");
            if ((string?)document["format"] != StoreFormat)
            {
                throw new GraceDbStoreException($"{path}: format: expected '{StoreFormat}', got '{document["format"]}'");
            }

            return (string?)document["dialect"] switch
            {
                "legacy" => AlertDialect.Legacy,
                "igwn" => AlertDialect.Igwn,
                var other => throw new GraceDbStoreException($"{path}: dialect: expected legacy or igwn, got '{other}'"),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new GraceDbStoreException($"{path}: corrupt store document ({e.Message})", e);
        }
    }

    private DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    private void Warn(string message) => _options.Warn(message);
}
