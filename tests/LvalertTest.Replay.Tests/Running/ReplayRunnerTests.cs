using LvalertTest.Core.GraceDb;
using LvalertTest.Replay.Configs;
using LvalertTest.Replay.Planning;
using LvalertTest.Replay.Reporting;
using LvalertTest.Replay.Running;
using LvalertTest.Replay.Sources;
using LvalertTest.Replay.Tests.Support;
using LvalertTest.Supervisor.EventSupervisor;

namespace LvalertTest.Replay.Tests.Running;

/// <summary>The supervisor under replay, on the checked-in stores with the shipped ER10 configs.</summary>
public class ReplayRunnerTests
{
    private static readonly FollowUpRecipe Gstlal = FollowUps.Gw170817Gstlal();
    private ReplaySource _source = null!;
    private EsConfig _config = null!;
    private int _psdN;

    [SetUp]
    public void LoadTheGstlalStore()
    {
        _source = ReplaySources.Load(CheckedInStores.Directory(Gstlal), "G298048");
        _config = SupervisorConfigs.Load(Config(_source.Event));
        _psdN = _source.Logs.Single(l => l.FileName == "psd.xml.gz").N;
    }

    [Test]
    public void CutoffBeforeThePsdUpload_CreatesNoBayestarChecks()
    {
        ReplayReport report = Replay(_psdN - 1);

        Assert.That(report.Log.Select(l => l.Message), Has.None.Contains("added QueueItem=bayestar"));
        Assert.That(report.Checks.Select(c => c.Item), Has.None.StartsWith("bayestar"));
        Assert.That(report.Checks.Single(c => c.Task == "cbcPSD").ActionRequired, Is.True, "the PSD never arrived");
    }

    [Test]
    public void CutoffAtThePsdUpload_CreatesTheBayestarChecks_WhichFindNothingAfterIt()
    {
        ReplayReport report = Replay(_psdN);

        Assert.That(report.Log.Select(l => l.Message), Has.Some.EqualTo("added QueueItem=bayestar start"));
        CheckOutcome start = report.Checks.Single(c => c.Item == "bayestar start");
        Assert.That(start.ActionRequired, Is.True);
        Assert.That(start.Warning, Is.EqualTo("could not find a log message containing 'INFO:BAYESTAR:starting sky localization'"));
        Assert.That(start.Deadline, Is.EqualTo(_source.Event.Created + TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void CutoffAtTheLastEntry_EqualsNoCutoff()
    {
        ReplayReport all = Replay(null);
        ReplayReport cut = Replay(_source.Logs.Max(l => l.N));

        Assert.That(cut.Cutoff, Is.EqualTo(_source.Logs.Max(l => l.N)));
        Assert.That(Lines(cut), Is.EqualTo(Lines(all)));
        Assert.That(cut.Emails.Select(e => (e.Time, e.Subject)), Is.EqualTo(all.Emails.Select(e => (e.Time, e.Subject))));
        Assert.That(all.AllPassed, Is.True, string.Join("\n", Lines(all)));
    }

    [Test]
    public void TheReportCountsWhatWasReplayed()
    {
        ReplayReport report = Replay(null);

        Assert.That(report.EntriesInLog, Is.EqualTo(_source.Logs.Count));
        Assert.That(report.EntriesReplayed, Is.EqualTo(_source.Logs.Count));
        Assert.That(report.Alerts, Is.EqualTo(2 * (1 + report.EntriesReplayed + report.LabelsReplayed)), "new, every entry and label, to both nodes");
        Assert.That(report.Emails.Select(e => e.Subject), Is.EqualTo(new[] { "new GraceDb Event: G298048" }));
        Assert.That(report.Ended, Is.EqualTo(report.Checks.Max(c => c.Time)), "the clock ran on until the last check");
    }

    [Test]
    public void AnnotatingConfig_WritesAnnotationsIntoTheCopy_AndTheSourceIsUnchanged()
    {
        string text = File.ReadAllText(Config(_source.Event)).Replace("annotate = False", "annotate = True", StringComparison.Ordinal);
        var config = new EsConfig(Core.Config.IniDocument.Parse(text, "annotating.ini"));
        int before = ReplaySources.Load(CheckedInStores.Directory(Gstlal), "G298048").Logs.Count;

        ReplayReport report = ReplayRunner.Run(_source, ReplayPlan.Build(_source, null), config);

        Assert.That(report.Annotations, Has.Count.EqualTo(report.Checks.Count(c => c.Task != "notifyByEmail")));
        Assert.That(report.Annotations[0].Comment, Does.StartWith("ES: no action required : "));
        Assert.That(ReplaySources.Load(CheckedInStores.Directory(Gstlal), "G298048").Logs, Has.Count.EqualTo(before));
    }

    private static IEnumerable<TestCaseData> Recipes() => CheckedInStores.Recipes.Select(r => new TestCaseData(r.Name).SetName($"RoundTrip_ReplayOfALiveRunsStore_GivesTheSameOutcome({r.Name})"));

    [TestCaseSource(nameof(Recipes))]
    public void RoundTrip_ReplayOfALiveRunsStore_GivesTheSameOutcome(string name)
    {
        FollowUpRecipe recipe = CheckedInStores.Recipes.Single(r => r.Name == name);
        string directory = Directory.CreateTempSubdirectory("lvalerttest-roundtrip-").FullName;
        try
        {
            var live = new RecipeRunner(recipe, SupervisorConfigs.Load(Config(new GraceEvent { GraceId = recipe.GraceId, Group = recipe.Group, Pipeline = recipe.Pipeline, Search = recipe.Search, Submitter = "x", Created = recipe.Created })));
            List<CheckOutcome> liveChecks;
            List<string> liveMails;
            try
            {
                live.Run();
                liveChecks = live.Supervisor!.Outcomes;
                liveMails = live.Supervisor.Outbox.Sent.Select(e => $"{e.Time:O} {e.Subject} -> {string.Join(",", e.To)}").ToList();
            }
            finally
            {
                live.Dispose();
            }

            CheckedInStores.Save(live, directory);
            ReplaySource source = ReplaySources.Load(directory, recipe.GraceId.ToString());
            ReplayReport replayed = ReplayRunner.Run(source, ReplayPlan.Build(source, null), SupervisorConfigs.Load(Config(source.Event)));

            Assert.That(liveChecks, Is.Not.Empty);
            Assert.That(replayed.Checks.Select(Line), Is.EqualTo(liveChecks.Select(Line)));
            Assert.That(replayed.Emails.Select(e => $"{e.Time:O} {e.Subject} -> {string.Join(",", e.To)}"), Is.EqualTo(liveMails));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private ReplayReport Replay(int? cutoff) => ReplayRunner.Run(_source, ReplayPlan.Build(_source, cutoff), _config);

    private static string Config(GraceEvent e) => Path.Combine(RepositoryPaths.Root, "scenarios", "supervisor", SupervisorConfigs.DefaultFileName(e));

    private static List<string> Lines(ReplayReport report) => report.Checks.Select(Line).ToList();

    private static string Line(CheckOutcome c) =>
        $"{c.Time:O} {c.Item}.{c.Task} {ReplayReportText.Outcome(c)} deadline={c.Deadline:O} latency={c.Latency} early={c.Early}: {c.Warning}";
}
