using System.Diagnostics;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.FakeGraceDb.Faults;
using LvalertTest.Http.Server;
using LvalertTest.Reports.Digest;
using LvalertTest.Reports.Soak;
using LvalertTest.Reports.Summary;
using LvalertTest.Reports.Timeline;
using LvalertTest.Scenarios.Building;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Arrivals;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Supervisor.EventSupervisor;
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

        scenario = WithDuration(scenario, options.Duration);
        var kernel = new SimulationKernel(scenario.Start);
        using var digest = new RunDigest();
        // A soak leaves out the outputs that grow with every action: a simulated year of them would not fit on disk.
        string? perActionDir = options.Soak ? null : outDir;
        using TimelineCsvWriter? timeline = perActionDir is null ? null : new TimelineCsvWriter(new StreamWriter(Path.Combine(perActionDir, "timeline.csv"), append: false));
        using StreamWriter? alertsFile = perActionDir is null ? null : new StreamWriter(Path.Combine(perActionDir, "alerts.jsonl"), append: false);
        using JsonLinesOutbox? emailsFile = outDir is null ? null : new JsonLinesOutbox(new StreamWriter(Path.Combine(outDir, "emails.jsonl"), append: false));
        using FileSystemGraceDb store = OpenStore(options.Store ?? scenario.Store, scenario.Dialect, outDir, kernel, options.Soak);
        SupervisorRun? supervisor = null;
        var meter = new HourlyMeter(scenario.Start, () => supervisor?.QueueDepth ?? 0, () => wall.Elapsed.TotalSeconds);
        using MetricsCsvWriter? metricsFile = options.Soak && outDir is not null ? new MetricsCsvWriter(new StreamWriter(Path.Combine(outDir, "metrics.csv"), append: false)) : null;
        var hours = new List<HourMetrics>();
        meter.HourClosed += hour =>
        {
            // One small row per simulated hour: a year is 8 760 of them, kept for the plots.
            hours.Add(hour);
            metricsFile?.Write(hour);
            options.HourClosed?.Invoke(hour);
        };

        var alerts = new AlertRecorder(kernel.Clock, digest.Add, alertsFile);
        store.Subscribe(alerts);
        store.Subscribe(new MeteredAlerts(kernel.Clock, meter));
        var streams = new RandomStreams(seed);
        var sink = new GraceDbSink(WithFaults(store, scenario.Faults, streams.Stream("gracedb-faults"), kernel), row =>
        {
            digest.Add(row);
            timeline?.Write(row);
            Meter(meter, row);
        });

        var outbox = new EmailRecorder(row => { digest.Add(row); meter.Email(row.Time); }, emailsFile, keep: scenario.Expect.Emails.Count > 0);
        using ServedGraceDb? served = scenario.Supervisor is { OverHttp: true } ? ServedGraceDb.Start(store) : null;
        IGraceDb supervisorView = served?.Client ?? WithFaults(store, scenario.Faults, streams.Stream("gracedb-faults-supervisor"), kernel);
        supervisor = scenario.Supervisor is { } setup
            ? StartSupervisor(scenario, setup, kernel, supervisorView, outbox, perActionDir, c => meter.Check(c.Time, c.Latency))
            : null;
        using SupervisorRun? supervised = supervisor;
        if (supervisor is not null)
        {
            store.Subscribe(new AlertBus(kernel, scenario.AlertFaults, streams.Stream("alert-bus"), supervisor.Deliver));
        }

        IActionSink delivered = scenario.Faults is { } plan && (plan.MeanLatency > TimeSpan.Zero || plan.LatencyJitter > TimeSpan.Zero)
            ? new LatencySink(kernel, sink, plan.MeanLatency, plan.LatencyJitter, streams.Stream("gracedb-latency"))
            : sink;
        // An in-memory soak lets finished events go, so its memory follows the live events, not the run's length.
        EventRetirement? retirement = options.Soak && !store.IsSharedWithOtherProcesses
            ? new EventRetirement(store, id => supervisor?.HasWorkFor(id) ?? false, EventRetirement.MarginFor(scenario))
            : null;
        var feeder = new ArrivalFeeder(scenario, streams, kernel, delivered, retirement is null ? null : (handle, last) => retirement.Arrived(handle, kernel.Now, last));
        feeder.Start();
        kernel.RunUntilIdle();

        meter.Finish(kernel.Now);
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
            store)
        {
            Counts = new RunCounts(outbox.Count, supervisor?.ChecksFinished ?? 0, supervisor?.ChecksFailed ?? 0, supervisor?.ItemsCreated ?? 0),
        };
        double simulatedSeconds = (kernel.Now - scenario.Start).TotalSeconds;
        double wallSeconds = wall.Elapsed.TotalSeconds;
        var summary = new RunSummary
        {
            Scenario = scenario.Name,
            Seed = seed,
            SimulatedStart = scenario.Start,
            SimulatedSeconds = simulatedSeconds,
            WallSeconds = wallSeconds,
            Events = sink.EventsCreated,
            Actions = sink.ActionsExecuted,
            KernelSteps = kernel.ExecutedCount,
            Alerts = alerts.Count,
            Errors = sink.Errors,
            Emails = facts.Counts.Emails,
            Checks = facts.Counts.Checks,
            ChecksFailed = facts.Counts.ChecksFailed,
            Items = facts.Counts.Items,
            QueueEmpty = facts.QueueEmpty,
            LatencyP50Seconds = meter.Latencies.Percentile(50),
            LatencyP95Seconds = meter.Latencies.Percentile(95),
            LatencyP99Seconds = meter.Latencies.Percentile(99),
            TimeCompression = wallSeconds > 0 ? simulatedSeconds / wallSeconds : null,
            Hours = options.Soak ? meter.HoursClosed : null,
            EventsRetired = retirement?.Retired,
            Expectations = ExpectationChecker.Check(scenario.Expect, facts),
            Digest = digestHex,
        };

        if (options.Soak && outDir is not null)
        {
            SoakPlots.Write(Path.Combine(outDir, "plots"), hours, meter.Latencies);
        }

        if (outDir is not null)
        {
            File.WriteAllText(Path.Combine(outDir, "summary.json"), SummaryJson.Serialize(summary) + "\n");
        }

        return summary;
    }

    /// <summary>The scenario with events arriving for <paramref name="duration"/> instead of its own count or duration.</summary>
    private static Scenario WithDuration(Scenario scenario, TimeSpan? duration) =>
        duration is { } d ? scenario with { Arrivals = new ArrivalProcess(scenario.Arrivals.Kind, scenario.Arrivals.RatePerSecond, null, d) } : scenario;

    // Pipelines' GraceDb calls that went through, and the events among them.
    private static void Meter(HourlyMeter meter, TimelineRow row)
    {
        if (row.Kind == "error")
        {
            meter.Advance(row.Time);
            return;
        }

        if (row.Kind == "create_event")
        {
            meter.Event(row.Time);
        }

        meter.Write(row.Time);
    }

    private static SupervisorRun StartSupervisor(Scenario scenario, SupervisorSetup setup, SimulationKernel kernel, IGraceDb graceDb, INotifier outbox, string? outDir, Action<CheckOutcome> @checked)
    {
        string? logs = outDir is null ? null : Path.Combine(outDir, "logs");
        if (logs is not null)
        {
            Directory.CreateDirectory(logs);
        }

        // A single childConfig listens on every node the scenario's events publish to.
        IReadOnlyList<string> nodes = scenario.Events.SelectMany(e => AlertNodes.For(e.Group, e.Pipeline, e.Search)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        SupervisorDetails keep = (scenario.Expect.Latency.Count > 0 ? SupervisorDetails.Checks : SupervisorDetails.None)
            | (scenario.Expect.Items.Count > 0 ? SupervisorDetails.Items : SupervisorDetails.None);
        return new SupervisorRun(setup, nodes, kernel, graceDb, outbox, logs, scenario.Crashes, keep, @checked);
    }

    /// <summary>GraceDb as one client sees it: the scenario's failures drawn from that client's own stream.</summary>
    private static IGraceDb WithFaults(FileSystemGraceDb store, FaultPlan? faults, RandomStream stream, SimulationKernel kernel) =>
        faults is null ? store : new FaultInjectingGraceDb(store, faults, stream.Generator, kernel.Clock);

    private static FileSystemGraceDb OpenStore(StoreKind kind, AlertDialect dialect, string? outDir, SimulationKernel kernel, bool soak)
    {
        // An in-memory soak keeps no alert journal: subscribers get every alert, and the journal would hold them all.
        var storeOptions = new FakeGraceDbOptions { TimeProvider = kernel.Clock, Dialect = dialect, JournalAlerts = !(soak && kind == StoreKind.Memory) };
        if (kind == StoreKind.Disk)
        {
            string directory = Path.Combine(outDir ?? throw new ArgumentException("a disk store needs an output directory", nameof(outDir)), "gracedb");
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            return FileSystemGraceDb.OpenOnDisk(directory, storeOptions);
        }

        return FileSystemGraceDb.InProcessMemory(storeOptions);
    }
}
