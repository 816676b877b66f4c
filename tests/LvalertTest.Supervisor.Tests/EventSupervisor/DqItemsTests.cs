using System.Text.Json.Nodes;
using LvalertTest.Core.Config;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>
/// The data-quality items (iDQ, OmegaScans, segDB2grcDB) driven through the fake GraceDb in virtual time, with the
/// test childConfig (every dt about 1 s) and the production messages of the original's tests.
/// </summary>
public class DqItemsTests
{
    private const string H1Start = "Started searching for iDQ information within [1162558843.270, 1162558843.370] at H1";
    private const string L1Start = "Started searching for iDQ information within [1162558843.270, 1162558843.370] at L1";
    private const string SegDbStart = "began searching for segments in : https://segments.ligo.org";

    private static readonly string TestConfig = EsHarness.TestsConfig;

    // --- idq start -------------------------------------------------------------------------------------------------

    [Test]
    public void IdqStart_BothInterferometersStart_EachCheckSucceedsWhenItsMessageArrives()
    {
        using EsHarness h = Harness();
        string gid = h.CreateEvent().ToString();
        h.RunFor(0.5);
        h.WriteLog(GraceId.Parse(gid), H1Start);
        h.RunFor(0.25);
        h.WriteLog(GraceId.Parse(gid), L1Start);
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "idqStart"), Is.EqualTo(new[] { $"+0.5 {gid}: idqStart succeeded", $"+0.75 {gid}: idqStart succeeded" }));
            Assert.That(h.Outcomes.Where(o => o.Task == "idqStart").Select(o => o.Early), Is.All.True);
            Assert.That(ChecksOf(h, "idq start"), Has.Member($@"+0.5 idq start.idqStart ok: found a log message matching 'Started searching for iDQ information within \[(.*), (.*)\] at H1'"));
        });
    }

    [Test]
    public void IdqStart_OnlyH1Starts_L1RequiresAttentionAtTheDeadline()
    {
        using EsHarness h = Harness();
        string gid = h.CreateEvent().ToString();
        h.RunFor(0.5);
        h.WriteLog(GraceId.Parse(gid), H1Start);
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "idqStart"), Is.EqualTo(new[] { $"+0.5 {gid}: idqStart succeeded", $"+1 {gid}: idqStart requires attention" }));
            Assert.That(ChecksOf(h, "idq start")[1], Is.EqualTo(@"+1 idq start.idqStart action required: could not find a log message matching 'Started searching for iDQ information within \[(.*), (.*)\] at L1'"));
        });
    }

    [Test]
    public void IdqStart_NothingPosted_BothRequireAttentionAtTheDeadline()
    {
        using EsHarness h = Harness();
        string gid = h.CreateEvent().ToString();
        h.RunFor(2);

        Assert.That(MailsAbout(h, "idqStart"), Is.EqualTo(new[] { $"+1 {gid}: idqStart requires attention", $"+1 {gid}: idqStart requires attention" }));
    }

    // --- idq -------------------------------------------------------------------------------------------------------

    [Test]
    public void Idq_ProductionGlitchFapInTime_SucceedsAtTheUploadAndTheMissingProductsRequireAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        string gid = id.ToString();
        h.RunFor(0.5);
        h.WriteLog(id, H1Start);
        h.RunFor(0.5);
        h.WriteLog(id, "minimum glitch-FAP for ovl at H1 within [1162558843.270, 1162558843.370] is 1.000e+00", $"H1_ovl_minFAP_{gid}-1162558843-0.json", "{\"ovl\": 1.0}");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "idqGlitchFAP"), Is.EqualTo(new[] { $"+1 {gid}: idqGlitchFAP succeeded" }));
            Assert.That(h.Outcomes.Single(o => o.Task == "idqGlitchFAP").Early, Is.True);
            // The item was made by the start alert at +0.5; every dt of [idq] is 1 s.
            Assert.That(MailsAbout(h, "idqRank", "idqTables", "idqFinish"), Is.EqualTo(new[]
            {
                $"+1.5 {gid}: idqRank requires attention", $"+1.5 {gid}: idqTables requires attention", $"+1.5 {gid}: idqFinish requires attention",
            }));
            Assert.That(ChecksOf(h, "idq"), Has.Member($"+1.5 idq.idqRank action required: could not find H1_ovl_maxRANK_{gid}-(.*)-(.*).json"));
            Assert.That(h.Outcomes.Count(o => o.Item == "idq"), Is.EqualTo(15), "13 products and the tables of ovl, and the finish");
        });
    }

    [Test]
    public void Idq_ProductionActiveChannelsAtL1_SucceedsAtTheUpload()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        string gid = id.ToString();
        h.RunFor(0.5);
        h.WriteLog(id, L1Start);
        h.RunFor(0.25);
        h.WriteLog(id, "iDQ (possible) active channels for ovl at L1 between [1162558838.320, 1162558848.320]", $"L1_ovl_chanlist_{gid}-1162558838-10.json", "[]");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "idqActiveChan"), Is.EqualTo(new[] { $"+0.75 {gid}: idqActiveChan succeeded" }));
            Assert.That(ChecksOf(h, "idq"), Has.Member($"+0.75 idq.idqActiveChan ok: found L1_ovl_chanlist_{gid}-1162558838-10.json with correct log message while ignoring tagnames"));
        });
    }

    [Test]
    public void Idq_EveryProductUploaded_EveryCheckSucceedsEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        string gid = id.ToString();
        h.RunFor(0.5);
        h.WriteLog(id, H1Start);
        h.RunFor(0.25);
        foreach ((string comment, string file) in H1Products(gid))
        {
            h.WriteLog(id, comment, file);
        }

        h.WriteLog(id, "Finished searching for iDQ information within [1162558843.270, 1162558843.370] at H1");
        h.RunFor(2);

        List<CheckOutcome> idq = h.Outcomes.Where(o => o.Item == "idq").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(idq.Select(o => o.Task), Is.EquivalentTo(new[]
            {
                "idqGlitchFAP", "idqRank", "idqFAPFrame", "idqRankFrame", "idqTimeseriesPlot", "idqActiveChan", "idqActiveChanPlot", "idqCalibration",
                "idqCalibrationPlot", "idqROC", "idqROCPlot", "idqCalibStats", "idqTrainStats", "idqTables", "idqFinish",
            }));
            Assert.That(idq.Select(o => (o.ActionRequired, o.Early, o.Time)), Is.All.EqualTo((false, true, EsHarness.T0.AddSeconds(0.75))));
            Assert.That(h.Mails().Where(m => m.Contains(": idq", StringComparison.Ordinal) && m.EndsWith("requires attention", StringComparison.Ordinal)),
                Is.EqualTo(new[] { $"+1 {gid}: idqStart requires attention" }), "only L1's start is missing");
        });
    }

    [Test]
    public void Idq_FileUploadedWithAnotherInterferometersMessage_StaysPendingAndRequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        string gid = id.ToString();
        h.RunFor(0.5);
        h.WriteLog(id, H1Start);
        h.RunFor(0.25);
        h.WriteLog(id, "minimum glitch-FAP for ovl at L1 within [1162558843.270, 1162558843.370] is 1.000e+00", $"H1_ovl_minFAP_{gid}-1162558843-0.json");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "idqGlitchFAP"), Is.EqualTo(new[] { $"+1.5 {gid}: idqGlitchFAP requires attention" }));
            Assert.That(ChecksOf(h, "idq"), Has.Member($"+1.5 idq.idqGlitchFAP action required: found H1_ovl_minFAP_{gid}-1162558843-0.json but with incorrect log message while ignoring tagnames"));
        });
    }

    [Test]
    public void Idq_WithoutTablesDt_HasNoTablesCheck()
    {
        using EsHarness h = Harness(t => t.Replace("tables dt           = 1.0", string.Empty, StringComparison.Ordinal));
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, H1Start);
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(h.Outcomes.Count(o => o.Item == "idq"), Is.EqualTo(14));
            Assert.That(h.Outcomes.Where(o => o.Task == "idqTables"), Is.Empty);
        });
    }

    [Test]
    public void Idq_EventGraceDbDoesNotKnow_EveryCheckMailsFailed()
    {
        using EsHarness h = Harness();
        var alert = new JsonObject { ["uid"] = "G999999", ["alert_type"] = "update", ["description"] = H1Start, ["file"] = string.Empty };
        h.Engine.Receive("cbc_gstlal", alert.ToJsonString());
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "idqGlitchFAP", "idqFinish"), Is.EqualTo(new[] { "+1 G999999: idqGlitchFAP FAILED", "+1 G999999: idqFinish FAILED" }));
            Assert.That(h.Checks(), Has.Member("+1 idq.idqFinish exception: GraceDbNotFoundException: event G999999 does not exist"));
            Assert.That(h.Outcomes.Where(o => o.Item == "idq").Select(o => o.ActionRequired).ToList(), Has.Count.EqualTo(15).And.All.Null);
        });
    }

    // --- omega scans -----------------------------------------------------------------------------------------------

    [Test]
    public void OmegaScan_ProductionStartMessage_ChecksEachChansetThenTheFinish()
    {
        // O2's H1 chansets, so the production message applies.
        using EsHarness h = Harness(t => t.Replace("chansets = h1_r-selected", "chansets = h1_r-reduced h1_r-standard", StringComparison.Ordinal));
        GraceId id = h.CreateEvent();
        string gid = id.ToString();
        h.RunFor(0.5);
        h.WriteLog(id, "automatic OmegaScans begun for: h1_r-reduced, h1_r-standard");
        h.RunFor(0.5);
        h.WriteLog(id, "OmegaScan of h1_r-reduced", "h1_r-reduced.json", "{}");
        h.RunFor(0.25);
        h.WriteLog(id, "OmegaScan of h1_r-standard", "h1_r-standard.json", "{}");
        h.RunFor(0.5);
        h.WriteLog(id, "automatic OmegaScans finished for: h1_r-reduced, h1_r-standard");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(ChecksOf(h, "h1 omega scan start"), Is.EqualTo(new[] { "+0.5 h1 omega scan start.omegaScanStart ok: found a log message containing 'automatic OmegaScans begun for: h1_r-reduced, h1_r-standard'" }));
            Assert.That(ChecksOf(h, "h1 omega scan"), Is.EqualTo(new[]
            {
                "+1 h1 omega scan.omegaScanData ok: found h1_r-reduced.json while ignoring tagnames and log message",
                "+1.25 h1 omega scan.omegaScanData ok: found h1_r-standard.json while ignoring tagnames and log message",
                "+1.75 h1 omega scan.omegaScanFinish ok: found a log message containing 'automatic OmegaScans finished for: h1_r-reduced, h1_r-standard'",
            }));
            Assert.That(h.Outcomes.Where(o => o.Item == "h1 omega scan").Select(o => o.Early), Is.All.True);
            Assert.That(MailsAbout(h, "omegaScanData", "omegaScanFinish"), Is.EqualTo(new[]
            {
                $"+1 {gid}: omegaScanData succeeded", $"+1.25 {gid}: omegaScanData succeeded", $"+1.75 {gid}: omegaScanFinish succeeded",
            }));
        });
    }

    [Test]
    public void OmegaScan_ChansetsEndingInPrefixLetters_AreCheckedUnderTheirFullNames()
    {
        // The original's character strip turned "l1_llhoft" into "l1_llho" and then looked for l1_llho.json.
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        string gid = id.ToString();
        h.RunFor(0.5);
        h.WriteLog(id, "automatic OmegaScans begun for: l1_llhoft, l1_r-selected");
        h.RunFor(0.25);
        h.WriteLog(id, "OmegaScan of l1_llhoft", "l1_llhoft.json", "{}");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(ChecksOf(h, "l1 omega scan"), Is.EqualTo(new[]
            {
                "+0.75 l1 omega scan.omegaScanData ok: found l1_llhoft.json while ignoring tagnames and log message",
                "+1.5 l1 omega scan.omegaScanData action required: could not find l1_r-selected.json",
                "+2 l1 omega scan.omegaScanFinish action required: could not find a log message containing 'automatic OmegaScans finished for: l1_llhoft, l1_r-selected'",
            }));
            Assert.That(MailsAbout(h, "omegaScanData", "omegaScanFinish"), Is.EqualTo(new[]
            {
                $"+0.75 {gid}: omegaScanData succeeded", $"+1.5 {gid}: omegaScanData requires attention", $"+2 {gid}: omegaScanFinish requires attention",
            }));
        });
    }

    [Test]
    public void OmegaScan_NoStartMessages_EachStartRequiresAttentionAndNoScanIsChecked()
    {
        using EsHarness h = Harness();
        string gid = h.CreateEvent().ToString();
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "omegaScanStart"), Is.EqualTo(Enumerable.Repeat($"+1 {gid}: omegaScanStart requires attention", 3)));
            Assert.That(h.Checks(), Has.Member("+1 cit omega scan start.omegaScanStart action required: could not find a log message containing 'automatic OmegaScans begun for: l1_llhoft, h1_llhoft, v1_llhoft'"));
            Assert.That(h.Outcomes.Where(o => o.Task is "omegaScanData" or "omegaScanFinish"), Is.Empty);
        });
    }

    [Test]
    public void OmegaScan_CitStartThenNothing_EveryChansetRequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, "automatic OmegaScans begun for: l1_llhoft, h1_llhoft, v1_llhoft");
        h.RunFor(3);

        Assert.That(ChecksOf(h, "cit omega scan"), Is.EqualTo(new[]
        {
            "+1.5 cit omega scan.omegaScanData action required: could not find l1_llhoft.json",
            "+1.5 cit omega scan.omegaScanData action required: could not find h1_llhoft.json",
            "+1.5 cit omega scan.omegaScanData action required: could not find v1_llhoft.json",
            "+2 cit omega scan.omegaScanFinish action required: could not find a log message containing 'automatic OmegaScans finished for: l1_llhoft, h1_llhoft, v1_llhoft'",
        }));
    }

    [Test]
    public void OmegaScan_StartMessageWithATrailingSentence_ParsesOnlyTheChansets()
    {
        EsConfig config = Load(TestConfig);
        using FileSystemGraceDb db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions());

        IReadOnlyList<EsTask> tasks = Build(config, db, "l1 omega scan", "automatic OmegaScans begun for: l1_llhoft, l1_r-selected. Results will be posted at https://ldas-jobs.ligo-la.caltech.edu/");
        Assert.That(tasks.OfType<FileTask>().Select(t => t.Expected.File), Is.EqualTo(new[] { "l1_llhoft.json", "l1_r-selected.json" }));
    }

    // --- segdb2grcdb -----------------------------------------------------------------------------------------------

    [Test]
    public void SegDb2GrcDb_ProductionStartThenEveryUpload_AllSucceedEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        string gid = id.ToString();
        h.RunFor(0.5);
        h.WriteLog(id, SegDbStart);
        h.RunFor(0.5);
        h.WriteLog(id, "H1:DMT-ANALYSIS_READY:1 segments", "H1-DMT_ANALYSIS_READY_1-1187008872-20.xml.gz");
        h.WriteLog(id, "L1:DMT-ANALYSIS_READY:1 segments", "L1-DMT_ANALYSIS_READY_1-1187008872-20.xml.gz");
        h.WriteLog(id, "union of active segments", "allActive-1187008872-20.json", "{}");
        h.WriteLog(id, "finished searching for segments in : https://segments.ligo.org");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "segDB2grcDBStart", "segDB2grcDBFlag", "segDB2grcDBAny", "segDB2grcDBFinish"), Is.EqualTo(new[]
            {
                $"+0.5 {gid}: segDB2grcDBStart succeeded", $"+1 {gid}: segDB2grcDBFlag succeeded", $"+1 {gid}: segDB2grcDBFlag succeeded",
                $"+1 {gid}: segDB2grcDBAny succeeded", $"+1 {gid}: segDB2grcDBFinish succeeded",
            }));
            Assert.That(h.Outcomes.Where(o => o.Item.StartsWith("segdb2grcdb", StringComparison.Ordinal)).Select(o => o.Early).ToList(), Has.Count.EqualTo(5).And.All.True);
            Assert.That(ChecksOf(h, "segdb2grcdb")[0], Is.EqualTo("+1 segdb2grcdb.segDB2grcDBFlag ok: found H1-DMT_ANALYSIS_READY_1-1187008872-20.xml.gz while ignoring tagnames and log message"));
        });
    }

    [Test]
    public void SegDb2GrcDb_StartThenNothing_EveryCheckRequiresAttentionAtItsDeadline()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, SegDbStart);
        h.RunFor(2);

        Assert.That(ChecksOf(h, "segdb2grcdb"), Is.EqualTo(new[]
        {
            "+1.5 segdb2grcdb.segDB2grcDBFlag action required: could not find H1-DMT_ANALYSIS_READY_1-(.*)-(.*).xml.gz",
            "+1.5 segdb2grcdb.segDB2grcDBFlag action required: could not find L1-DMT_ANALYSIS_READY_1-(.*)-(.*).xml.gz",
            "+1.5 segdb2grcdb.segDB2grcDBAny action required: could not find allActive-(.*)-(.*).json",
            "+1.5 segdb2grcdb.segDB2grcDBFinish action required: could not find a log message containing 'finished searching for segments in : '",
        }));
    }

    [Test]
    public void SegDb2GrcDbStart_NothingPosted_RequiresAttentionAtTheDeadline()
    {
        using EsHarness h = Harness();
        string gid = h.CreateEvent().ToString();
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "segDB2grcDBStart"), Is.EqualTo(new[] { $"+1 {gid}: segDB2grcDBStart requires attention" }));
            Assert.That(h.Outcomes.Where(o => o.Item == "segdb2grcdb"), Is.Empty);
        });
    }

    [Test]
    public void SegDb2GrcDb_VetoDefsGiven_IsAConfigErrorNamingTheOption()
    {
        using EsHarness h = Harness(t => t.Replace("veto defs   = ", "veto defs   = H1-HOFT_C00_O2_CBC.xml", StringComparison.Ordinal));
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, SegDbStart);
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(h.Log.Lines.Select(l => l.Message), Has.Some.Contains("eventSupervisor_Tests-configMP.ini: [segdb2grcdb] veto defs: veto-definer checks are not implemented"));
            Assert.That(h.Outcomes.Where(o => o.Item == "segdb2grcdb"), Is.Empty);
        });
    }

    [Test]
    public void SegDb2GrcDb_FlagWithoutInterferometer_IsAConfigErrorNamingFlags()
    {
        EsConfig config = Load(TestConfig, t => t.Replace("flags       = H1:DMT-ANALYSIS_READY:1", "flags       = DMT-ANALYSIS_READY", StringComparison.Ordinal));
        using FileSystemGraceDb db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions());

        var e = Assert.Throws<IniFormatException>(() => Build(config, db, "segdb2grcdb", SegDbStart));
        Assert.That(e!.Message, Does.Contain("[segdb2grcdb] flags: 'DMT-ANALYSIS_READY' is not IFO:NAME[:VERSION]"));
    }

    // --- annotations (annotate = True, as in the O2 configs) ------------------------------------------------------

    [Test]
    public void Annotate_FailedStartChecks_DoNotStartTheFollowUpItemsTheyQuote()
    {
        // "ES: action required : could not find a log message containing 'began searching for segments in : '" holds
        // the start message itself; read as an update it used to start segdb2grcdb and the scans that never began.
        using EsHarness h = Harness(t => t.Replace("annotate = False", "annotate = True", StringComparison.Ordinal));
        GraceId id = h.CreateEvent();
        h.RunFor(4);

        Assert.Multiple(() =>
        {
            Assert.That(h.Db.Logs(id).Select(l => l.Comment), Has.Member("ES: action required : could not find a log message containing 'began searching for segments in : '"));
            Assert.That(h.Outcomes.Select(o => o.Item).Distinct(), Does.Not.Contain("segdb2grcdb").And.None.EndsWith("omega scan"));
            Assert.That(h.Log.Lines.Select(l => l.Message), Has.Some.EqualTo("ignoring the event supervisor's own annotation"));
        });
    }

    [Test]
    public void Annotate_ARestartedSearch_IsNotSatisfiedByTheAnnotationOfTheFirst()
    {
        // The first search's finish check annotates "could not find ... 'finished searching for segments in : '";
        // the second search's finish check must not take that annotation for the finish message.
        using EsHarness h = Harness(t => t.Replace("annotate = False", "annotate = True", StringComparison.Ordinal));
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, SegDbStart);
        h.RunFor(1.25);
        h.WriteLog(id, SegDbStart + " (restarted)");
        h.RunFor(2);

        Assert.That(ChecksOf(h, "segdb2grcdb").Where(c => c.Contains("segDB2grcDBFinish", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "+1.5 segdb2grcdb.segDB2grcDBFinish action required: could not find a log message containing 'finished searching for segments in : '",
            "+2.75 segdb2grcdb.segDB2grcDBFinish action required: could not find a log message containing 'finished searching for segments in : '",
        }));
    }

    // --- every shipped config ----------------------------------------------------------------------------------

    [TestCase("eventSupervisor_Tests-configMP.ini", 15, 4, 4)]
    [TestCase("eventSupervisor-configMP.ini", 15, 4, 0)]
    [TestCase("ER10-eventSupervisor_CBC.ini", 15, 21, 0)]
    [TestCase("ER10-eventSupervisor_cWB.ini", 15, 21, 0)]
    [TestCase("ER10-eventSupervisor_cWBLong.ini", 15, 21, 0)]
    [TestCase("ER10-eventSupervisor_oLIB.ini", 15, 21, 0)]
    [TestCase("ER10-eventSupervisor_External.ini", 15, 21, 0)]
    public void EveryFixtureConfig_BuildsItsDqItems(string file, int idqTasks, int segDbTasks, int citTasks)
    {
        EsConfig config = Load(RepositoryPaths.Fixture("eventsupervisor-configs", file));
        using FileSystemGraceDb db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions());

        Assert.Multiple(() =>
        {
            Assert.That(Build(config, db, "idq start", string.Empty).Select(t => t.Name), Is.EqualTo(new[] { "idqStart", "idqStart" }));
            Assert.That(Build(config, db, "idq", H1Start), Has.Count.EqualTo(idqTasks));
            Assert.That(Build(config, db, "segdb2grcdb start", string.Empty).Select(t => t.Name), Is.EqualTo(new[] { "segDB2grcDBStart" }));
            Assert.That(Build(config, db, "segdb2grcdb", SegDbStart), Has.Count.EqualTo(segDbTasks));
            foreach (string site in new[] { "h1", "l1" })
            {
                IReadOnlyList<string> chansets = config.Section($"{site} omega scan start")!.Words("chansets");
                Assert.That(Build(config, db, $"{site} omega scan start", string.Empty).Single().Timeout, Is.GreaterThan(TimeSpan.Zero));
                Assert.That(Build(config, db, $"{site} omega scan", EventGraph.OmegaScanStartMessage(chansets)), Has.Count.EqualTo(chansets.Count + 1));
            }

            Assert.That(config.Section("cit omega scan") is null ? 0 : Build(config, db, "cit omega scan", "automatic OmegaScans begun for: l1_llhoft, h1_llhoft, v1_llhoft").Count, Is.EqualTo(citTasks), "three chansets and the finish");
        });
    }

    [Test]
    public void Er10Idq_TimeoutsComeFromTheirOptions()
    {
        EsConfig config = Load(RepositoryPaths.Fixture("eventsupervisor-configs", "ER10-eventSupervisor_oLIB.ini"));
        using FileSystemGraceDb db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions());

        var timeouts = Build(config, db, "idq", H1Start).Select(t => $"{t.Name} {t.Timeout.TotalSeconds}").ToList();
        Assert.That(timeouts, Is.EqualTo(new[]
        {
            "idqGlitchFAP 60", "idqRank 60", "idqFAPFrame 60", "idqRankFrame 60", "idqTimeseriesPlot 60", "idqActiveChan 120", "idqActiveChanPlot 120",
            "idqCalibration 300", "idqCalibrationPlot 300", "idqROC 300", "idqROCPlot 300", "idqCalibStats 300", "idqTrainStats 390", "idqTables 30", "idqFinish 300",
        }));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static EsHarness Harness(Func<string, string>? edit = null) =>
        EsHarness.WithMail(edit);

    private static EsConfig Load(string path, Func<string, string>? edit = null)
    {
        string text = File.ReadAllText(path);
        return new EsConfig(IniDocument.Parse(edit is null ? text : edit(text), path));
    }

    /// <summary>The tasks of an item made from an update alert with <paramref name="description"/>.</summary>
    private static IReadOnlyList<EsTask> Build(EsConfig config, IGraceDb db, string item, string description)
    {
        var context = new EsContext(db, config, new RecordedOutbox(), new RecordingLog());
        var alert = new JsonObject { ["uid"] = "G260778", ["alert_type"] = "update", ["description"] = description, ["file"] = string.Empty };
        return EsItemCatalogue.Default.Tasks(new EsItemRequest(context, item, "G260778", alert, config.Section(item)!));
    }

    /// <summary>The mails whose subject is about one of <paramref name="tasks"/>.</summary>
    private static List<string> MailsAbout(EsHarness h, params string[] tasks) =>
        h.Mails().Where(m => tasks.Any(t => m.Contains($": {t} ", StringComparison.Ordinal))).ToList();

    private static List<string> ChecksOf(EsHarness h, string item) =>
        h.Checks().Where(c => c.Split(' ', 2)[1].StartsWith(item + ".", StringComparison.Ordinal)).ToList();

    /// <summary>Every iDQ product of ovl at H1, named and announced as iDQ posts them.</summary>
    private static IEnumerable<(string Comment, string File)> H1Products(string gid) =>
    [
        ("minimum glitch-FAP for ovl at H1 within [1162558843.270, 1162558843.370] is 1.000e+00", $"H1_ovl_minFAP_{gid}-1162558843-0.json"),
        ("maximum glitch-RANK for ovl at H1 within [1162558843.270, 1162558843.370] is 0.000e+00", $"H1_ovl_maxRANK_{gid}-1162558843-0.json"),
        ("iDQ fap timeseries for ovl at H1 within [1162558838.320, 1162558848.320] :", "H1_idq_ovl_fap-1162558838-10.gwf"),
        ("iDQ glitch-rank frame for ovl at H1 within [1162558838.320, 1162558848.320] :", "H1_idq_ovl_rank-1162558838-10.gwf"),
        ("iDQ fap and glitch-rank timeseries plot for ovl at H1:", "H1_ovl_timeseries-1162558838-10.png"),
        ("iDQ (possible) active channels for ovl at H1 between [1162558838.320, 1162558848.320]", $"H1_ovl_chanlist_{gid}-1162558838-10.json"),
        ("iDQ channel strip chart for ovl at H1", "H1_ovl_chanstrip-1162558838-10.png"),
        ("iDQ calibration sanity check for ovl at H1", "H1_ovl_calib-1162558838-10.json"),
        ("iDQ calibration sanity check figure for ovl at H1", "H1_ovl_calib-1162558838-10.png"),
        ("iDQ local ROC curves for ovl at H1", "H1_ovl_ROC-1162558838-10.json"),
        ("iDQ local ROC figure for ovl at H1", "H1_ovl_ROC-1162558838-10.png"),
        ("iDQ local calibration vital statistics for ovl at H1", "H1_ovl_calibStats-1162558838-10.json"),
        ("iDQ local training vital statistics for ovl at H1", "H1_ovl_trainStats-1162558838-10.json"),
        ("iDQ glitch tables H1:", "H1_idq_ovl-1162558838-10.xml.gz"),
    ];
}
