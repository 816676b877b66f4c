using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;
using LvalertTest.Http.Client;
using LvalertTest.Http.Server;

namespace LvalertTest.FakeGraceDb.Tests.Support;

/// <summary>
/// Makes stores of one kind for a contract fixture, and cleans up after it: "memory" (on <c>MockFileSystem</c>),
/// "process-memory" (the simulations' store, files in plain buffers), "disk", or "rest": an in-memory store served on
/// 127.0.0.1 and reached through <see cref="GraceDbRestClient"/>.
/// </summary>
internal sealed class StoreKind : IDisposable
{
    public static readonly DateTimeOffset Start = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private readonly string? _directory;
    private FileSystemGraceDb? _memory;
    private (FileSystemGraceDb Store, GraceDbServer Server, GraceDbRestClient Client)? _served;

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
        FileSystemGraceDb store = Kind switch
        {
            "disk" => FileSystemGraceDb.OpenOnDisk(_directory!, options),
            _ when _memory is not null => _memory.Reopen(options),
            "process-memory" => _memory = FileSystemGraceDb.InProcessMemory(options),
            _ => _memory = FileSystemGraceDb.InMemory(options),
        };
        store.Subscribe(Published);
        return store;
    }

    /// <summary>The IGraceDb the contract runs against: the store itself, or for "rest" a client of it served over HTTP.</summary>
    public IGraceDb Serve(FileSystemGraceDb store)
    {
        if (Kind != "rest")
        {
            return store;
        }

        if (_served is not { } served || !ReferenceEquals(served.Store, store))
        {
            StopServing();
            GraceDbServer server = GraceDbServer.StartAsync(store).GetAwaiter().GetResult();

            // No retries: the served fake fails only on purpose, and a contract failure should show at once.
            var client = GraceDbRestClient.Create(new GraceDbRestClientOptions { ServiceUrl = server.ServiceUrl, Retry = RetryPolicy.None });
            _served = (store, server, client);
        }

        return _served.Value.Client;
    }

    public void Dispose()
    {
        StopServing();
        if (_directory is not null)
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
    }

    private void StopServing()
    {
        if (_served is { } served)
        {
            served.Client.Dispose();
            served.Server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _served = null;
        }
    }

    /// <summary>Whether tests can reach the store's files (to damage them as a crash would).</summary>
    public bool HasFileSystem => Kind != "process-memory";
}
