using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Tests.Schedules;

public class ScheduleTests
{
    private static readonly EventHandle Event = new("ABCDEF");

    [Test]
    public void From_SortsByDtAndKeepsTheGivenOrderOnTies()
    {
        SimAction late = Log(20, "late"), tieA = Log(10, "tie a"), tieB = Log(10, "tie b"), early = Log(0, "early");

        Schedule schedule = Schedule.Of(late, tieA, tieB, early);

        Assert.That(schedule, Is.EqualTo(new[] { early, tieA, tieB, late }));
    }

    [Test]
    public void Plus_OnEqualDt_PutsTheLeftSchedulesActionsFirst()
    {
        SimAction a1 = Log(5, "a1"), a2 = Log(5, "a2"), b1 = Log(5, "b1"), b2 = Log(1, "b2");

        Schedule merged = Schedule.Of(a1, a2) + Schedule.Of(b2, b1);

        Assert.That(merged.Select(a => ((WriteLog)a.Body).Comment), Is.EqualTo(new[] { "b2", "a1", "a2", "b1" }));
    }

    [Test]
    public void Plus_LeavesBothOperandsUnchanged()
    {
        Schedule a = Schedule.Of(Log(1, "a")), b = Schedule.Of(Log(2, "b"));

        Schedule merged = a + b;

        Assert.That(merged, Has.Count.EqualTo(2));
        Assert.That(a, Has.Count.EqualTo(1));
        Assert.That(b, Has.Count.EqualTo(1));
    }

    [Test]
    public void Merge_RandomSchedules_MatchesTheReferenceOfStableSortOfTheConcatenation([Range(1, 25)] int seed)
    {
        // Reference: s0 + s1 + ... + sk is a stable sort by dt of s0's actions, then s1's, ... (the original semantics).
        RandomStream random = new RandomStreams(seed).Stream("merge-property");
        var schedules = new List<Schedule>();
        int count = 1 + random.NextIndex(12);
        for (int s = 0; s < count; s++)
        {
            int length = random.NextIndex(30);
            // Few distinct dts, so ties are common.
            schedules.Add(Schedule.From(Enumerable.Range(0, length).Select(i => Log(random.NextIndex(8), $"s{s}.{i}"))));
        }

        List<SimAction> reference = schedules.SelectMany(s => s).OrderBy(a => a.Dt).ToList();
        Schedule pairwise = schedules.Aggregate(Schedule.Empty, (acc, s) => acc + s);
        Schedule balanced = Schedule.Merge(schedules);

        Assert.That(pairwise, Is.EqualTo(reference).AsCollection, $"seed={seed}");
        Assert.That(balanced, Is.EqualTo(reference).AsCollection, $"seed={seed}");
    }

    [Test]
    public void Bump_ShiftsEveryActionAndReturnsANewSchedule()
    {
        Schedule schedule = Schedule.Of(Log(0, "x"), Log(3, "y"));

        Schedule bumped = schedule.Bump(TimeSpan.FromSeconds(10));

        Assert.That(bumped.Select(a => a.DtSeconds), Is.EqualTo(new double[] { 10, 13 }));
        Assert.That(schedule.Select(a => a.DtSeconds), Is.EqualTo(new double[] { 0, 3 }));
        Assert.That(bumped.Span, Is.EqualTo(TimeSpan.FromSeconds(13)));
    }

    [Test]
    public void Bump_BeforeTZero_ThrowsNamingTheAction()
    {
        Schedule schedule = Schedule.Of(Log(2, "first"));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => schedule.Bump(TimeSpan.FromSeconds(-3)));

        Assert.That(error!.Message, Does.Contain("first"));
    }

    [Test]
    public void WithChildAfter_AnchorsTheChildToTheFirstMatchingAction()
    {
        SimAction psd = new(TimeSpan.FromSeconds(4), new WriteLog(Event, "strain PSDs", "psd.xml.gz"));
        Schedule pipeline = Schedule.Of(Log(0, "coinc"), psd, Log(4, "after psd"), Log(30, "late"));
        Schedule bayestar = Schedule.Of(Log(0, "INFO:BAYESTAR:starting sky localization"), Log(20, "sky map"));

        Schedule merged = pipeline.WithChildAfter(a => a.Body is WriteLog { FileName: "psd.xml.gz" }, bayestar);

        Assert.That(
            merged.Select(a => (a.DtSeconds, ((WriteLog)a.Body).Comment)),
            Is.EqualTo(new[]
            {
                (0.0, "coinc"), (4.0, "strain PSDs"), (4.0, "after psd"),
                (4.0, "INFO:BAYESTAR:starting sky localization"), (24.0, "sky map"), (30.0, "late"),
            }));
    }

    [Test]
    public void WithChildAfter_NoAnchor_LeavesTheChildOut()
    {
        Schedule pipeline = Schedule.Of(Log(0, "coinc"));

        Schedule merged = pipeline.WithChildAfter(a => a.Body is WriteLog { FileName: "psd.xml.gz" }, Schedule.Of(Log(0, "child")));

        Assert.That(merged, Is.SameAs(pipeline));
    }

    [Test]
    public void SimAction_NegativeDt_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = Log(-1, "x"));
    }

    [Test]
    public void ToString_PrintsOneLinePerAction()
    {
        Schedule schedule = Schedule.Of(Log(1.5, "hello"), new SimAction(TimeSpan.FromSeconds(2), new AddLabel(Event, "EM_READY")));

        Assert.That(schedule.ToString(), Is.EqualTo(
            "+     1.500s  ABCDEF  log \"hello\"\n" +
            "+     2.000s  ABCDEF  label +EM_READY"));
    }

    private static SimAction Log(double seconds, string comment) => SimAction.At(seconds, new WriteLog(Event, comment));
}
