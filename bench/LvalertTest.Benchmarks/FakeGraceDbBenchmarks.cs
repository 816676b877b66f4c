using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using LvalertTest.Core.Events;
using LvalertTest.FakeGraceDb;

namespace LvalertTest.Benchmarks;

/// <summary>
/// Log writes into the fake GraceDb (target: ≥ 50 000 / s on disk): 200 events, each given 25 log entries per
/// invocation, round-robin, with alerts journalled to both nodes: on <c>MockFileSystem</c> ("memory"), in the
/// simulations' own in-memory files ("process-memory") and on the real disk.
/// </summary>
[MemoryDiagnoser]
public class FakeGraceDbLogWrites
{
    private const int Events = 200;
    private const int EntriesPerEvent = 25;
    private FileSystemGraceDb _store = null!;
    private GraceId[] _ids = [];
    private string? _directory;

    [Params("memory", "process-memory", "disk")]
    public string Store { get; set; } = "memory";

    [IterationSetup]
    public void CreateEvents()
    {
        // A fresh store per iteration, so every iteration writes the same amount into logs of the same length.
        if (Store == "disk")
        {
            _directory = Directory.CreateTempSubdirectory("lvalerttest-bench-").FullName;
            _store = FileSystemGraceDb.OpenOnDisk(_directory);
        }
        else
        {
            _store = Store == "process-memory" ? FileSystemGraceDb.InProcessMemory() : FileSystemGraceDb.InMemory();
        }

        byte[] upload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$"""{"gpstime": 1187008882.43, "FAR": 1e-8, "instruments": "H1,L1"}"""));
        _ids = Enumerable.Range(0, Events).Select(_ => _store.CreateEvent("Burst", "LIB", "AllSky", "lib.json", upload).GraceId).ToArray();
    }

    [IterationCleanup]
    public void RemoveStore()
    {
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
            _directory = null;
        }
    }

    [Benchmark(OperationsPerInvoke = Events * EntriesPerEvent)]
    public int WriteLogs()
    {
        int n = 0;
        for (int entry = 0; entry < EntriesPerEvent; entry++)
        {
            foreach (GraceId id in _ids)
            {
                n = _store.WriteLog(id, "INFO:BAYESTAR:sky localization complete", tagNames: ["sky_loc"]).N;
            }
        }

        return n;
    }
}
