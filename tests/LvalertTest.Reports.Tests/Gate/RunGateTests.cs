using LvalertTest.Reports.Gate;
using LvalertTest.Reports.Summary;

namespace LvalertTest.Reports.Tests.Gate;

public class RunGateTests
{
    private RunSummary _baseline = null!;

    [SetUp]
    public void MakeBaseline() => _baseline = new RunSummary
    {
        Scenario = "o4-like",
        Seed = 2023,
        SimulatedStart = new DateTimeOffset(2023, 5, 24, 15, 0, 0, TimeSpan.Zero),
        SimulatedSeconds = 7200,
        WallSeconds = 9,
        Events = 88,
        Actions = 9012,
        KernelSteps = 30000,
        Alerts = 18516,
        Errors = 0,
        Emails = 120,
        Checks = 4000,
        ChecksFailed = 60,
        Items = 1200,
        LatencyP50Seconds = 50,
        LatencyP95Seconds = 360,
        LatencyP99Seconds = 600,
        TimeCompression = 800,
        Expectations = [],
        Digest = "f2878d93",
    };

    private static GateVerdict Verdict(IReadOnlyList<GateRow> rows, string name) => rows.Single(r => r.Name == name).Verdict;

    [Test]
    public void SameRun_NothingRegresses()
    {
        IReadOnlyList<GateRow> rows = RunGate.Compare(_baseline, _baseline with { WallSeconds = 10, TimeCompression = 720 }, new GateTolerances());

        Assert.That(rows.Where(r => r.Verdict == GateVerdict.Regressed), Is.Empty);
        Assert.That(Verdict(rows, "time_compression"), Is.EqualTo(GateVerdict.Moved));
        Assert.That(Verdict(rows, "digest"), Is.EqualTo(GateVerdict.Same));
    }

    [Test]
    public void OtherDigestOrCount_Regresses()
    {
        IReadOnlyList<GateRow> rows = RunGate.Compare(_baseline, _baseline with { Digest = "0000", Emails = 121 }, new GateTolerances());

        Assert.That(rows.Where(r => r.Verdict == GateVerdict.Regressed).Select(r => r.Name), Is.EqualTo(new[] { "digest", "emails" }));
    }

    [Test]
    public void LatencyBeyondTolerance_Regresses_WithinTolerance_OnlyMoves()
    {
        IReadOnlyList<GateRow> rows = RunGate.Compare(_baseline, _baseline with { LatencyP95Seconds = 390, LatencyP99Seconds = 700 }, new GateTolerances(LatencyRelative: 0.10));

        Assert.That(Verdict(rows, "latency_p95_seconds"), Is.EqualTo(GateVerdict.Moved));
        Assert.That(Verdict(rows, "latency_p99_seconds"), Is.EqualTo(GateVerdict.Regressed));
    }

    [Test]
    public void ThroughputBelowTheFloor_Regresses()
    {
        IReadOnlyList<GateRow> rows = RunGate.Compare(_baseline, _baseline with { TimeCompression = 150 }, new GateTolerances(ThroughputFloor: 0.25));

        Assert.That(Verdict(rows, "time_compression"), Is.EqualTo(GateVerdict.Regressed));
    }
}
