using System.Diagnostics;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.FakeGraceDb.Faults;
using LvalertTest.Http.Server;
using LvalertTest.Reports.Digest;
using LvalertTest.Reports.Summary;
using LvalertTest.Reports.Timeline;
using LvalertTest.Scenarios.Building;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Supervisor.Notify;

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
        using JsonLinesOutbox? emailsFile = outDir is null ? null : new JsonLinesOutbox(new StreamWriter(Path.Combine(outDir, "emails.jsonl"), append: false));
        using FileSystemGraceDb store = OpenStore(options.Store ?? scenario.Store, scenario.Dialect, outDir, kernel);
        var alerts = new AlertRecorder(kernel.Clock, digest.Add, alertsFile);
        store.Subscribe(alerts);
        var streams = new RandomStreams(seed);
        var sink = new GraceDbSink(WithFaults(store, scenario.Faults, streams.Stream("gracedb-faults"), kernel), row =>
        {
            digest.Add(row);
            timeline?.Write(row);
        });

        var outbox = new EmailRecorder(digest.Add, emailsFile);
        using ServedGraceDb? served = scenario.Supervisor is { OverHttp: true } ? ServedGraceDb.Start(store) : null;
        IGraceDb supervisorView = served?.Client ?? WithFaults(store, scenario.Faults, streams.Stream("gracedb-faults-supervisor"), kernel);
        using SupervisorRun? supervisor = scenario.Supervisor is { } setup
            ? StartSupervisor(scenario, setup, kernel, supervisorView, outbox, outDir)
            : null;
        if (supervisor is not null)
        {
            store.Subscribe(new AlertBus(kernel, scenario.AlertFaults, streams.Stream("alert-bus"), supervisor.Deliver));
        }

        IActionSink delivered = scenario.Faults is { } plan && (plan.MeanLatency > TimeSpan.Zero || plan.LatencyJitter > TimeSpan.Zero)
            ? new LatencySink(kernel, sink, plan.MeanLatency, plan.LatencyJitter, streams.Stream("gracedb-latency"))
            : sink;
        var feeder = new ArrivalFeeder(scenario, streams, kernel, delivered);
        feeder.Start();
        kernel.RunUntilIdle();

        string digestHex = digest.Current();
        var facts = new RunFacts(
            scenario.Start,
            sink.EventsCreated,
            sink.ActionsExecuted,
            alerts.Count,
            sink.Errors,
            digestHex,
            outbox.Sent,
            supervisor?.Outcomes ?? [],
            supervisor?.Items ?? [],
            supervisor?.IsIdle,
            store);
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
            Emails = outbox.Sent.Count,
            Checks = facts.Checks.Count,
            ChecksFailed = facts.Checks.Count(c => c.ActionRequired != false),
            Items = facts.Items.Count,
            QueueEmpty = facts.QueueEmpty,
            Expectations = ExpectationChecker.Check(scenario.Expect, facts),
            Digest = digestHex,
        };

        if (outDir is not null)
        {
            File.WriteAllText(Path.Combine(outDir, "summary.json"), SummaryJson.Serialize(summary) + "\n");
        }

        return summary;
    }

    private static SupervisorRun StartSupervisor(Scenario scenario, SupervisorSetup setup, SimulationKernel kernel, IGraceDb graceDb, INotifier outbox, string? outDir)
    {
        string? logs = outDir is null ? null : Path.Combine(outDir, "logs");
        if (logs is not null)
        {
            Directory.CreateDirectory(logs);
        }

        // A single childConfig listens on every node the scenario's events publish to.
        IReadOnlyList<string> nodes = scenario.Events.SelectMany(e => AlertNodes.For(e.Group, e.Pipeline, e.Search)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new SupervisorRun(setup, nodes, kernel, graceDb, outbox, logs, scenario.Crashes);
    }

    /// <summary>GraceDb as one client sees it: the scenario's failures drawn from that client's own stream.</summary>
    private static IGraceDb WithFaults(FileSystemGraceDb store, FaultPlan? faults, RandomStream stream, SimulationKernel kernel) =>
        faults is null ? store : new FaultInjectingGraceDb(store, faults, stream.Generator, kernel.Clock);

    private static FileSystemGraceDb OpenStore(StoreKind kind, AlertDialect dialect, string? outDir, SimulationKernel kernel)
    {
        var storeOptions = new FakeGraceDbOptions { TimeProvider = kernel.Clock, Dialect = dialect };
        if (kind == StoreKind.Disk)
        {
            string directory = Path.Combine(outDir ?? throw new ArgumentException("a disk store needs an output directory", nameof(outDir)), "gracedb");
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            return FileSystemGraceDb.OpenOnDisk(directory, storeOptions);
        }

        return FileSystemGraceDb.InMemory(storeOptions);
    }
}
