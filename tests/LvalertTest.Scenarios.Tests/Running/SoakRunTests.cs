using LvalertTest.Reports.Soak;
using LvalertTest.Reports.Summary;
using LvalertTest.Scenarios.Loading;
using LvalertTest.Scenarios.Model;
using LvalertTest.Scenarios.Running;

namespace LvalertTest.Scenarios.Tests.Running;

/// <summary>A soak is the same simulation as a run, with other outputs: same digest and counts, bounded per-run state.</summary>
public class SoakRunTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(30);

    private string _out = null!;
    private Scenario _scenario = null!;

    [SetUp]
    public void LoadScenario()
    {
        _out = Directory.CreateTempSubdirectory("lvalerttest-soak-run-").FullName;
        _scenario = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "o4-like.yaml"));
    }

    [TearDown]
    public void RemoveOutputDirectory() => Directory.Delete(_out, recursive: true);

    [Test]
    public void Soak_SameDigestAndCountsAsRun_HoursAddUpToTheTotals()
    {
        var hours = new List<HourMetrics>();
        RunSummary run = ScenarioRunner.Run(_scenario, new RunOptions(5) { Duration = Duration });
        RunSummary soak = ScenarioRunner.Run(_scenario, new RunOptions(5, _out) { Duration = Duration, Soak = true, HourClosed = hours.Add });

        Assert.That(soak.Digest, Is.EqualTo(run.Digest));
        Assert.That((soak.Events, soak.Alerts, soak.Emails, soak.Checks, soak.Items), Is.EqualTo((run.Events, run.Alerts, run.Emails, run.Checks, run.Items)));
        Assert.That(hours.Sum(h => h.Events), Is.EqualTo(soak.Events));
        Assert.That(hours.Sum(h => h.Alerts), Is.EqualTo(soak.Alerts));
        Assert.That(hours.Sum(h => h.Emails), Is.EqualTo(soak.Emails));
        Assert.That(hours.Sum(h => h.Checks), Is.EqualTo(soak.Checks));
        Assert.That(soak.Hours, Is.EqualTo(hours.Count));
        Assert.That(soak.LatencyP99Seconds, Is.GreaterThanOrEqualTo(soak.LatencyP50Seconds!.Value));
    }

    [Test]
    public void InMemorySoak_LetsFinishedEventsGo_WithoutChangingWhatHappens()
    {
        // Long enough for the first events to finish (their last action plus an hour) while others still arrive.
        TimeSpan duration = TimeSpan.FromHours(4);
        RunSummary run = ScenarioRunner.Run(_scenario, new RunOptions(7) { Duration = duration });
        RunSummary soak = ScenarioRunner.Run(_scenario, new RunOptions(7, _out, StoreKind.Memory) { Duration = duration, Soak = true });
        RunSummary onDisk = ScenarioRunner.Run(_scenario, new RunOptions(7, _out, StoreKind.Disk) { Duration = duration, Soak = true });

        Assert.That(soak.Digest, Is.EqualTo(run.Digest), $"seed 7: retiring events changed the run");
        Assert.That((soak.Errors, soak.Checks, soak.Emails), Is.EqualTo((run.Errors, run.Checks, run.Emails)));
        Assert.That(soak.EventsRetired, Is.GreaterThan(soak.Events / 4).And.LessThan(soak.Events), "seed 7: events that finished early left the store");
        Assert.That(run.EventsRetired, Is.Null, "a plain run keeps every event (expectations may look at any)");
        Assert.That(onDisk.EventsRetired, Is.Null, "on disk the files are the run's record");
    }

    [Test]
    public void RetirementMargin_OutlastsTheScenariosDelays()
    {
        Scenario slowAlerts = _scenario with { AlertFaults = new AlertFaults(0, 0, 0.1, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3)) };

        Assert.That(EventRetirement.MarginFor(_scenario), Is.EqualTo(TimeSpan.FromHours(1) + (20 * TimeSpan.FromSeconds(1.2))), "o4-like: 1 s delay, 0.2 s jitter");
        Assert.That(EventRetirement.MarginFor(slowAlerts), Is.EqualTo(TimeSpan.FromHours(1) + (20 * TimeSpan.FromMinutes(15))));
    }

    [Test]
    public void Duration_ReplacesTheScenariosArrivals_LongerMeansMoreEvents()
    {
        RunSummary shorter = ScenarioRunner.Run(_scenario, new RunOptions(5) { Duration = Duration });
        RunSummary longer = ScenarioRunner.Run(_scenario, new RunOptions(5) { Duration = Duration * 2 });

        Assert.That(longer.Events, Is.GreaterThan(shorter.Events));
        Assert.That(shorter.Events, Is.LessThan(42), "30 minutes at 42 events an hour, not the scenario's day");
    }
}
