using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Replay.Planning;
using LvalertTest.Replay.Sources;

namespace LvalertTest.Replay.Tests.Planning;

public class ReplayPlanTests
{
    private static readonly DateTimeOffset Created = new(2017, 8, 17, 12, 41, 10, TimeSpan.Zero);
    private ReplaySource _source = null!;

    [SetUp]
    public void MakeSource() => _source = new ReplaySource
    {
        Origin = "export.json",
        Event = new GraceEvent { GraceId = GraceId.Parse("G298048"), Group = "CBC", Pipeline = "gstlal", Submitter = "gstlal", Created = Created, Labels = ["INJ", "EM_READY"] },
        Logs =
        [
            Entry(3, 30, "applying label : EM_READY"),
            Entry(1, 0, "Original Data"),
            Entry(2, 10, "ES: no action required : found coinc.xml", "event_supervisor"),
            Entry(4, 25, "late clock"),
        ],
        Labels = [new LabelRecord("INJ", "gstlal", Created), new LabelRecord("EM_READY", "x", Created.AddSeconds(30)), new LabelRecord("DQV", "x", Created.AddSeconds(40))],
    };

    [Test]
    public void Steps_FollowN_LeaveOutTheSupervisorsOwnEntries_AndTurnLabelEntriesIntoLabels()
    {
        ReplayPlan plan = ReplayPlan.Build(_source, null);

        Assert.That(plan.Steps.Select(s => $"{s.N} {s.Kind} {s.Label} +{s.Offset.TotalSeconds}"), Is.EqualTo(new[]
        {
            "1 Log  +0", "3 LabelAdded EM_READY +30", "4 Log  +30", " LabelAdded DQV +40",
        }));
        Assert.That(plan.Notes, Has.Some.Contains("1 entries the event supervisor wrote"));
        Assert.That(plan.Notes, Has.Some.StartWith("N=4 was created 5 s before the entry ahead of it"));
    }

    [Test]
    public void TheNewEvent_CarriesOnlyTheLabelsItWasCreatedWith()
    {
        ReplayPlan plan = ReplayPlan.Build(_source, null);

        Assert.That(plan.EventAtCreation.Labels, Is.EqualTo(new[] { "INJ" }));
    }

    [Test]
    public void Cutoff_KeepsEntriesUpToAndIncludingN_AndLabelsNoLaterThanIt()
    {
        ReplayPlan plan = ReplayPlan.Build(_source, 3);

        Assert.That(plan.Steps.Select(s => s.N), Is.EqualTo(new int?[] { 1, 3 }));
        Assert.That(plan.Cutoff, Is.EqualTo(3));
    }

    [TestCase(0)]
    [TestCase(5)]
    [TestCase(999)]
    public void ACutoffWithNoSuchEntry_IsAnErrorSayingTheRange(int cutoff)
    {
        var e = Assert.Throws<ReplayInputException>(() => ReplayPlan.Build(_source, cutoff))!;

        Assert.That(e.Message, Is.EqualTo($"--cutoff: {cutoff} is out of range: G298048's log in export.json has no entry N={cutoff} (its entries run from N=1 to N=4)"));
    }

    [TestCase("abc")]
    [TestCase("-3")]
    [TestCase("2.5")]
    [TestCase("")]
    public void ANonNumericCutoff_IsAnError(string text)
    {
        var e = Assert.Throws<ReplayInputException>(() => ReplayPlan.ParseCutoff(text))!;

        Assert.That(e.Message, Is.EqualTo($"--cutoff: '{text}' is not a log entry number (N, a whole number from 1)"));
    }

    private static LogEntry Entry(int n, double seconds, string comment, params string[] tags) =>
        new(n, comment, Created.AddSeconds(seconds), "gstlal", string.Empty, null, tags);
}
