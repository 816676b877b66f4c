using LvalertTest.Reports.Summary;
using LvalertTest.Scenarios.Loading;
using LvalertTest.Scenarios.Model;
using LvalertTest.Scenarios.Running;

namespace LvalertTest.Scenarios.Tests.Running;

public class ScenarioRunnerTests
{
    private string _out = null!;

    [SetUp]
    public void MakeOutputDirectory() => _out = Directory.CreateTempSubdirectory("lvalerttest-run-").FullName;

    [TearDown]
    public void RemoveOutputDirectory() => Directory.Delete(_out, recursive: true);

    public static IEnumerable<TestCaseData> CheckedInScenarios() =>
        RepositoryPaths.ScenarioFiles().Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileName(f)));

    [TestCaseSource(nameof(CheckedInScenarios))]
    public void Run_EveryCheckedInScenario_MeetsItsExpectations(string file)
    {
        Scenario scenario = ScenarioLoader.Load(file);

        RunSummary summary = ScenarioRunner.Run(scenario, new RunOptions(OutputDirectory: _out));

        Assert.That(summary.Expectations.Where(e => !e.Passed), Is.Empty, $"seed={summary.Seed}");
        Assert.That(summary.Events, Is.GreaterThan(0));
    }

    [Test]
    public void Run_MinimalGstlal_Seed42_ProducesThePinnedTimeline()
    {
        Scenario scenario = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml"));

        RunSummary summary = ScenarioRunner.Run(scenario, new RunOptions(42, _out));

        string[] timeline = File.ReadAllLines(Path.Combine(_out, "timeline.csv"));
        Assert.That(summary.Events, Is.EqualTo(3));
        Assert.That(timeline[0], Is.EqualTo("time,subject,kind,detail"));
        Assert.That(timeline[1], Is.EqualTo("2017-08-17T12:41:04.0000000Z,T000001,create_event,create Test/gstlal/LowMass from coinc.xml"));
        Assert.That(timeline.Count(l => l.Contains(",create_event,", StringComparison.Ordinal)), Is.EqualTo(3));
        Assert.That(timeline.Skip(1).Select(l => l[..28]), Is.Ordered, "rows are in virtual-time order");
        Assert.That(timeline, Has.Length.EqualTo(summary.Actions + 1));
        RunSummary written = SummaryJson.Deserialize(File.ReadAllText(Path.Combine(_out, "summary.json")));
        Assert.That(written.Digest, Is.EqualTo(summary.Digest));
        Assert.That(written.Seed, Is.EqualTo(42));
    }

    [Test]
    public void Run_MinimalGstlal_Seed7_DigestIsPinned()
    {
        // The README shows this run. A change here means the run's behaviour changed: update both knowingly.
        Scenario scenario = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml"));

        RunSummary summary = ScenarioRunner.Run(scenario, new RunOptions(7));

        Assert.That((summary.Events, summary.Actions, summary.Alerts), Is.EqualTo((3L, 26L, 52L)), "seed=7");
        Assert.That(summary.Digest, Is.EqualTo("6ce71f30df29c7e409b29adeba1401f099bcb0504c748690e3ae154524203b5a"), "seed=7");
    }

    [Test]
    public void Run_SameSeedTwice_SameDigestAndSameTimelineBytes()
    {
        Scenario scenario = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml"));
        string second = Path.Combine(_out, "second");

        RunSummary a = ScenarioRunner.Run(scenario, new RunOptions(1234, _out));
        RunSummary b = ScenarioRunner.Run(scenario, new RunOptions(1234, second));

        Assert.That(b.Digest, Is.EqualTo(a.Digest), "seed=1234");
        Assert.That(File.ReadAllBytes(Path.Combine(second, "timeline.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(_out, "timeline.csv"))));
    }

    [Test]
    public void Run_MemoryAndDiskStores_GiveTheSameDigestAndAlerts()
    {
        Scenario scenario = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml"));
        string disk = Path.Combine(_out, "disk");

        RunSummary inMemory = ScenarioRunner.Run(scenario, new RunOptions(5, _out, StoreKind.Memory));
        RunSummary onDisk = ScenarioRunner.Run(scenario, new RunOptions(5, disk, StoreKind.Disk));

        Assert.That(onDisk.Digest, Is.EqualTo(inMemory.Digest), "seed=5");
        Assert.That(File.ReadAllBytes(Path.Combine(disk, "alerts.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(_out, "alerts.jsonl"))));
        Assert.That(Directory.Exists(Path.Combine(disk, "gracedb", "T000001")), Is.True);
    }

    [Test]
    public void Run_AlertsOfEveryWrite_AreStreamedToAlertsJsonl()
    {
        Scenario scenario = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml"));

        RunSummary summary = ScenarioRunner.Run(scenario, new RunOptions(42, _out));

        string[] alerts = File.ReadAllLines(Path.Combine(_out, "alerts.jsonl"));
        Assert.That(alerts, Has.Length.EqualTo(summary.Alerts));
        Assert.That(summary.Alerts, Is.EqualTo(2 * summary.Actions), "every action alerts both nodes (test_gstlal, test_gstlal_lowmass)");
        Assert.That(alerts[0], Does.StartWith("{\"time\":\"2017-08-17T12:41:04.0000000Z\",\"node\":\"test_gstlal\",\"alert\":{\"uid\":\"T000001\",\"alert_type\":\"new\""));
        Assert.That(alerts[1], Does.Contain("\"node\":\"test_gstlal_lowmass\""));
    }

    [Test]
    public void Run_ActionGraceDbRefuses_IsAnErrorRowAndTheRunGoesOn()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: bad-label
            start: 2017-01-01T00:00:00Z
            arrivals: { process: uniform, rate_per_hour: 60, count: 2 }
            events:
              - group: CBC
                pipeline: gstlal
                steps:
                  - { at: 1, label: NOT_A_LABEL }
                  - { at: 2, label: EM_READY }
            """, "bad-label.yaml");

        RunSummary summary = ScenarioRunner.Run(scenario, new RunOptions(1, _out));

        string[] rows = File.ReadAllLines(Path.Combine(_out, "timeline.csv"));
        Assert.That(summary.Errors, Is.EqualTo(2));
        Assert.That(rows, Has.Some.EqualTo("2017-01-01T00:00:01.0000000Z,G000001,error,label +NOT_A_LABEL: unknown label 'NOT_A_LABEL'"));
        Assert.That(rows.Count(r => r.Contains(",add_label,label +EM_READY", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void Run_InjectedGraceDbFailures_AreErrorRows_ReproducibleBySeed()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: flaky-gracedb
            start: 2017-01-01T00:00:00Z
            arrivals: { process: poisson, rate_per_hour: 60, count: 40 }
            events:
              - group: CBC
                pipeline: gstlal
                steps:
                  - { at: 1, label: EM_READY }
                  - { at: 2, log: "strain spectral densities", file: psd.xml.gz }
            faults:
              failures:
                - { status: 503, prob: 0.5, operations: [AddLabel] }
            """, "flaky.yaml");

        RunSummary first = ScenarioRunner.Run(scenario, new RunOptions(3, _out));
        RunSummary again = ScenarioRunner.Run(scenario, new RunOptions(3));

        string[] errors = File.ReadAllLines(Path.Combine(_out, "timeline.csv")).Where(r => r.Contains(",error,", StringComparison.Ordinal)).ToArray();
        Assert.That(errors, Has.Length.EqualTo(first.Errors));
        Assert.That(first.Errors, Is.InRange(10, 30), "about half of 40 labels; seed=3");
        Assert.That(errors, Has.All.EndsWith("label +EM_READY: injected fault: 503 on AddLabel"));
        Assert.That(again.Digest, Is.EqualTo(first.Digest), "seed=3");
    }

    [Test]
    public void Run_GraceDbLatency_DelaysEveryCallInVirtualTime()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: slow-gracedb
            start: 2017-01-01T00:00:00Z
            arrivals: { process: uniform, rate_per_hour: 60, count: 1 }
            events:
              - group: CBC
                pipeline: gstlal
                steps:
                  - { at: 1, label: EM_READY }
            faults:
              latency: { mean: 2.5, jitter: 0 }
            """, "slow.yaml");

        ScenarioRunner.Run(scenario, new RunOptions(1, _out));

        Assert.That(File.ReadAllLines(Path.Combine(_out, "timeline.csv")).Skip(1), Is.EqualTo(new[]
        {
            "2017-01-01T00:00:02.5000000Z,G000001,create_event,create CBC/gstlal from coinc.xml",
            "2017-01-01T00:00:03.5000000Z,G000001,add_label,label +EM_READY",
        }));
        Assert.That(File.ReadAllLines(Path.Combine(_out, "alerts.jsonl"))[0], Does.StartWith("{\"time\":\"2017-01-01T00:00:02.5000000Z\""));
    }

    [Test]
    public void Run_DifferentSeeds_DifferentDigests()
    {
        Scenario scenario = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml"));

        RunSummary a = ScenarioRunner.Run(scenario, new RunOptions(1));
        RunSummary b = ScenarioRunner.Run(scenario, new RunOptions(2));

        Assert.That(a.Digest, Is.Not.EqualTo(b.Digest));
    }

    [Test]
    public void Run_WrongExpectation_IsReportedWithBothValues()
    {
        Scenario scenario = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml"))
            with { Expect = new ScenarioExpectations(Events: 4, Actions: null, Digest: "00") };

        RunSummary summary = ScenarioRunner.Run(scenario, new RunOptions(42));

        Assert.That(summary.Expectations, Has.Exactly(1).EqualTo(new ExpectationResult("events", false, "4", "3")));
        Assert.That(summary.Expectations.Single(e => e.Name == "digest").Passed, Is.False);
        Assert.That(summary.ExpectationsFailed, Is.EqualTo(2));
    }

    [Test]
    public void Run_EventMix_FollowsTheWeights()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: mix
            start: 2017-01-01T00:00:00Z
            arrivals: { process: poisson, rate_per_hour: 3600, count: 3000 }
            events:
              - { name: cbc, weight: 3, group: CBC, pipeline: gstlal, file: coinc.xml }
              - { name: burst, weight: 1, group: Burst, pipeline: CWB, file: trigger.txt }
              - { name: never, weight: 0, group: Burst, pipeline: LIB, file: lib.json }
            """, "mix.yaml");

        RunSummary summary = ScenarioRunner.Run(scenario, new RunOptions(9, _out));

        string[] rows = File.ReadAllLines(Path.Combine(_out, "timeline.csv"));
        int cbc = rows.Count(r => r.Contains("create CBC/gstlal", StringComparison.Ordinal));
        int burst = rows.Count(r => r.Contains("create Burst/CWB", StringComparison.Ordinal));
        Assert.That(summary.Events, Is.EqualTo(3000));
        Assert.That(rows.Any(r => r.Contains("LIB", StringComparison.Ordinal)), Is.False);
        Assert.That(cbc / (double)burst, Is.EqualTo(3).Within(0.35), "seed=9");
        Assert.That(rows[1], Does.Match("^2017-01-01T00:00:00.0000000Z,[GT]000001,create_event,"));
    }
}
