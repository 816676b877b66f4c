using System.Diagnostics;
using System.Globalization;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.FakeGraceDb.Faults;
using LvalertTest.Reports.Digest;
using LvalertTest.Reports.Summary;
using LvalertTest.Reports.Timeline;
using LvalertTest.Scenarios.Building;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// Runs a scenario in virtual time against a fake GraceDb from its start until nothing is left to do, streaming
/// timeline.csv and alerts.jsonl as it goes, and writes summary.json.
/// </summary>
public static class ScenarioRunner
{
    public static RunSummary Run(Scenario scenario, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        Stopwatch wall = WallClock.StartStopwatch();
        long seed = options.Seed ?? scenario.Seed;
        string? outDir = options.OutputDirectory;
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }

        var kernel = new SimulationKernel(scenario.Start);
        using var digest = new RunDigest();
        using TimelineCsvWriter? timeline = outDir is null ? null : new TimelineCsvWriter(new StreamWriter(Path.Combine(outDir, "timeline.csv"), append: false));
        using StreamWriter? alertsFile = outDir is null ? null : new StreamWriter(Path.Combine(outDir, "alerts.jsonl"), append: false);
        using FileSystemGraceDb store = OpenStore(options, outDir, kernel);
        var alerts = new AlertRecorder(kernel.Clock, digest.Add, alertsFile);
        store.Subscribe(alerts);
        var streams = new RandomStreams(seed);
        IGraceDb graceDb = scenario.Faults is { } faults
            ? new FaultInjectingGraceDb(store, faults, streams.Stream("gracedb-faults").Generator, kernel.Clock)
            : store;
        var sink = new GraceDbSink(graceDb, row =>
        {
            digest.Add(row);
            timeline?.Write(row);
        });

        IActionSink delivered = scenario.Faults is { } plan && (plan.MeanLatency > TimeSpan.Zero || plan.LatencyJitter > TimeSpan.Zero)
            ? new LatencySink(kernel, sink, plan.MeanLatency, plan.LatencyJitter, streams.Stream("gracedb-latency"))
            : sink;
        var feeder = new ArrivalFeeder(scenario, streams, kernel, delivered);
        feeder.Start();
        kernel.RunUntilIdle();

        string digestHex = digest.Current();
        var summary = new RunSummary
        {
            Scenario = scenario.Name,
            Seed = seed,
            SimulatedStart = scenario.Start,
            SimulatedSeconds = (kernel.Now - scenario.Start).TotalSeconds,
            WallSeconds = wall.Elapsed.TotalSeconds,
            Events = sink.EventsCreated,
            Actions = sink.ActionsExecuted,
            KernelSteps = kernel.ExecutedCount,
            Alerts = alerts.Count,
            Errors = sink.Errors,
            Expectations = Check(scenario.Expect, sink, digestHex),
            Digest = digestHex,
        };

        if (outDir is not null)
        {
            File.WriteAllText(Path.Combine(outDir, "summary.json"), SummaryJson.Serialize(summary) + "\n");
        }

        return summary;
    }

    private static FileSystemGraceDb OpenStore(RunOptions options, string? outDir, SimulationKernel kernel)
    {
        var storeOptions = new FakeGraceDbOptions { TimeProvider = kernel.Clock };
        if (options.Store == StoreKind.Disk)
        {
            string directory = Path.Combine(outDir ?? throw new ArgumentException("a disk store needs an output directory", nameof(options)), "gracedb");
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            return FileSystemGraceDb.OpenOnDisk(directory, storeOptions);
        }

        return FileSystemGraceDb.InMemory(storeOptions);
    }

    private static List<ExpectationResult> Check(ScenarioExpectations expect, GraceDbSink sink, string digest)
    {
        var results = new List<ExpectationResult>();
        if (expect.Events is { } events)
        {
            results.Add(Compare("events", events, sink.EventsCreated));
        }

        if (expect.Actions is { } actions)
        {
            results.Add(Compare("actions", actions, sink.ActionsExecuted));
        }

        if (expect.Digest is { } expected)
        {
            results.Add(new ExpectationResult("digest", string.Equals(expected, digest, StringComparison.OrdinalIgnoreCase), expected, digest));
        }

        return results;
    }

    private static ExpectationResult Compare(string name, long expected, long actual) =>
        new(name, expected == actual, expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));
}
