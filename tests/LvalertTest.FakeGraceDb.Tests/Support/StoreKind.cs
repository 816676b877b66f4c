using LvalertTest.Core.Alerts;

namespace LvalertTest.FakeGraceDb.Tests.Support;

/// <summary>Makes stores of one kind (in memory or on disk) for a contract fixture, and cleans up after it.</summary>
internal sealed class StoreKind : IDisposable
{
    public static readonly DateTimeOffset Start = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private readonly string? _directory;
    private FileSystemGraceDb? _memory;

    public StoreKind(string kind)
    {
        Kind = kind;
        if (kind == "disk")
        {
            _directory = System.IO.Directory.CreateTempSubdirectory("lvalerttest-gracedb-").FullName;
        }
    }

    public string Kind { get; }

    public ManualClock Clock { get; } = new(Start);

    public RecordingPublisher Published { get; } = new();

    public List<string> Warnings { get; } = [];

    public string? Directory => _directory;

    public FileSystemGraceDb Open(AlertDialect dialect = AlertDialect.Legacy)
    {
        var options = new FakeGraceDbOptions { Dialect = dialect, TimeProvider = Clock, Warn = Warnings.Add };
        FileSystemGraceDb store = Kind == "disk"
            ? FileSystemGraceDb.OpenOnDisk(_directory!, options)
            : _memory is null ? (_memory = FileSystemGraceDb.InMemory(options)) : Reopen(_memory, options);
        store.Subscribe(Published);
        return store;
    }

    public void Dispose()
    {
        if (_directory is not null)
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
    }

    private static FileSystemGraceDb Reopen(FileSystemGraceDb memory, FakeGraceDbOptions options) =>
        FileSystemGraceDb.Open(memory.FileSystem, memory.Root, options);
}
