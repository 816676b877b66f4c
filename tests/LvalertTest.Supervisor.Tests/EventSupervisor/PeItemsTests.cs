using System.Text.Json.Nodes;
using LvalertTest.Core.Config;
using LvalertTest.Core.Events;
using LvalertTest.Core.Skymaps;
using LvalertTest.Supervisor.EventSupervisor.Fits;
using LvalertTest.Supervisor.EventSupervisor;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>
/// The parameter-estimation items (BAYESTAR, EM-bright, LALInference, LIB, BayesWave, cWB) driven through the fake
/// GraceDb in virtual time with the test childConfig (every dt about 1 s), triggered by the messages the pipelines post.
/// </summary>
public class PeItemsTests
{
    private const string BayestarStart = "INFO:BAYESTAR:starting sky localization";
    private const string BayestarUploaded = "INFO:BAYESTAR:uploaded sky map";

    private static readonly string TestConfig = EsHarness.TestsConfig;

    // --- bayestar start, bayestarNoVirgo, em bright: made by the PSD upload ----------------------------------------

    [Test]
    public void BayestarStart_MessageAfterThePsd_SucceedsEarlyWhenItArrives()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, "PSD", "psd.xml.gz");
        h.RunFor(0.25);
        h.WriteLog(id, BayestarStart);
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "bayestarStart"), Is.EqualTo(new[] { $"+0.75 {id}: bayestarStart succeeded" }));
            Assert.That(ChecksOf(h, "bayestar start"), Is.EqualTo(new[] { $"+0.75 bayestar start.bayestarStart ok: found a log message containing '{BayestarStart}'" }));
            Assert.That(Outcome(h, "bayestarStart").Early, Is.True);
        });
    }

    [Test]
    public void BayestarStart_NoMessage_RequiresAttentionAtTheDeadline()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, "PSD", "psd.xml.gz");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "bayestarStart"), Is.EqualTo(new[] { $"+1.5 {id}: bayestarStart requires attention" }));
            Assert.That(ChecksOf(h, "bayestar start"), Is.EqualTo(new[] { $"+1.5 bayestar start.bayestarStart action required: could not find a log message containing '{BayestarStart}'" }));
        });
    }

    [Test]
    public void BayestarNoVirgo_HanfordLivingstonEvent_NoActionAtTheDeadline()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent(instruments: "H1,L1");
        h.RunFor(0.5);
        h.WriteLog(id, "PSD", "psd.xml.gz");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "bayestarNoVirgoSkymap"), Is.EqualTo(new[] { $"+1.5 {id}: bayestarNoVirgoSkymap succeeded" }));
            Assert.That(ChecksOf(h, "bayestarNoVirgo"), Is.EqualTo(new[] { "+1.5 bayestarNoVirgo.bayestarNoVirgoSkymap ok: V1 is not among the instruments (H1,L1), so no bayestar_no_virgo.fits.gz is expected" }));
        });
    }

    [Test]
    public void BayestarNoVirgo_VirgoEventWithTheMap_SucceedsEarlyAtTheUpload()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent(instruments: "H1,L1,V1");
        h.RunFor(0.5);
        h.WriteLog(id, "PSD", "psd.xml.gz");
        h.RunFor(0.5);
        UploadFits(h, id, BayestarUploaded, "bayestar_no_virgo.fits.gz", "sky_loc");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "bayestarNoVirgoSkymap"), Is.EqualTo(new[] { $"+1 {id}: bayestarNoVirgoSkymap succeeded" }));
            Assert.That(ChecksOf(h, "bayestarNoVirgo"), Is.EqualTo(new[] { "+1 bayestarNoVirgo.bayestarNoVirgoSkymap ok: found bayestar_no_virgo.fits.gz while ignoring tagnames and log message" }));
            Assert.That(Outcome(h, "bayestarNoVirgoSkymap").Early, Is.True);
        });
    }

    [Test]
    public void BayestarNoVirgo_VirgoEventWithoutTheMap_RequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent(instruments: "H1,L1,V1");
        h.RunFor(0.5);
        h.WriteLog(id, "PSD", "psd.xml.gz");
        h.RunFor(2);

        Assert.That(ChecksOf(h, "bayestarNoVirgo"), Is.EqualTo(new[] { "+1.5 bayestarNoVirgo.bayestarNoVirgoSkymap action required: could not find bayestar_no_virgo.fits.gz" }));
        Assert.That(MailsAbout(h, "bayestarNoVirgoSkymap"), Is.EqualTo(new[] { $"+1.5 {id}: bayestarNoVirgoSkymap requires attention" }));
    }

    [Test]
    public void EmBright_ClassificationUploaded_SucceedsEarly_AndMissing_RequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId withFile = h.CreateEvent();
        GraceId without = h.CreateEvent(gps: 1187008900.5);
        h.RunFor(0.5);
        h.WriteLog(withFile, "PSD", "psd.xml.gz");
        h.WriteLog(without, "PSD", "psd.xml.gz");
        h.RunFor(0.5);
        h.WriteLog(withFile, "Source classification", $"Source_Classification_{withFile}.json", "{\"Prob NS2\": 0.9, \"Prob EMbright\": 0.8}", "em_bright");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "emBright"), Is.EqualTo(new[] { $"+1 {withFile}: emBright succeeded", $"+1.5 {without}: emBright requires attention" }));
            Assert.That(ChecksOf(h, "em bright"), Is.EqualTo(new[]
            {
                $"+1 em bright.emBright ok: found Source_Classification_{withFile}.json while ignoring tagnames and log message",
                $"+1.5 em bright.emBright action required: could not find Source_Classification_{without}.json",
            }));
        });
    }

    // --- bayestar, bayestar finish -----------------------------------------------------------------------------------

    [Test]
    public void Bayestar_SkymapAndCompletion_BothSucceedEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, BayestarStart);
        h.RunFor(0.5);
        UploadFits(h, id, BayestarUploaded, "bayestar.fits.gz", "sky_loc", "lvem");
        h.RunFor(1);
        h.WriteLog(id, "INFO:BAYESTAR:sky localization complete");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "bayestarSkymap", "bayestarFinish"), Is.EqualTo(new[] { $"+1 {id}: bayestarSkymap succeeded", $"+2 {id}: bayestarFinish succeeded" }));
            Assert.That(h.Outcomes.Where(o => o.Item is "bayestar" or "bayestar finish").Select(o => o.Early), Is.All.True);
        });
    }

    [Test]
    public void Bayestar_NothingAfterTheStart_RequiresAttention_AndTheFinishIsNeverAsked()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, BayestarStart);
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "bayestarSkymap", "bayestarFinish"), Is.EqualTo(new[] { $"+1.5 {id}: bayestarSkymap requires attention" }));
            Assert.That(ChecksOf(h, "bayestar"), Is.EqualTo(new[] { "+1.5 bayestar.bayestarSkymap action required: could not find bayestar.fits.gz" }));
        });
    }

    [Test]
    public void BayestarFinish_NoCompletionMessage_RequiresAttentionAfterFinishDt()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        UploadFits(h, id, BayestarUploaded, "bayestar.fits.gz", "sky_loc");
        h.RunFor(3);

        Assert.That(ChecksOf(h, "bayestar finish"), Is.EqualTo(new[] { "+2 bayestar finish.bayestarFinish action required: could not find a log message containing 'INFO:BAYESTAR:sky localization complete'" }));
        Assert.That(MailsAbout(h, "bayestarFinish"), Is.EqualTo(new[] { $"+2 {id}: bayestarFinish requires attention" }));
    }

    [Test]
    public void Bayestar_Er10SkymapWithMissingTag_RequiresAttentionAfterNinetySeconds()
    {
        using var h = new EsHarness(RepositoryPaths.Fixture("eventsupervisor-configs", "ER10-eventSupervisor_CBC.ini"));
        GraceId id = h.CreateEvent();
        h.RunFor(1);
        h.WriteLog(id, BayestarStart);
        h.RunFor(4);
        UploadFits(h, id, BayestarUploaded, "bayestar.fits.gz", "sky_loc");
        h.RunFor(100);

        Assert.Multiple(() =>
        {
            Assert.That(ChecksOf(h, "bayestar"), Is.EqualTo(new[] { "+91 bayestar.bayestarSkymap action required: found bayestar.fits.gz but with incorrect tagnames (sky_loc,lvem) while ignoring log message" }));
            Assert.That(MailsAbout(h, "bayestarSkymap"), Is.EqualTo(new[] { $"+91 {id}: bayestarSkymap requires attention" }));
        });
    }

    [Test]
    public void Bayestar_Er10SkymapWithBothTags_CompletesEarlyWithoutMail()
    {
        using var h = new EsHarness(RepositoryPaths.Fixture("eventsupervisor-configs", "ER10-eventSupervisor_CBC.ini"));
        GraceId id = h.CreateEvent();
        h.RunFor(1);
        h.WriteLog(id, BayestarStart);
        h.RunFor(4);
        UploadFits(h, id, BayestarUploaded, "bayestar.fits.gz", "lvem", "sky_loc");
        h.RunFor(100);

        Assert.Multiple(() =>
        {
            Assert.That(ChecksOf(h, "bayestar"), Is.EqualTo(new[] { "+5 bayestar.bayestarSkymap ok: found bayestar.fits.gz with correct tagnames (sky_loc,lvem) while ignoring log message" }));
            Assert.That(Outcome(h, "bayestarSkymap").Early, Is.True);
            Assert.That(MailsAbout(h, "bayestarSkymap"), Is.Empty, "ER10 configs mail only on trouble");
        });
    }

    // --- lalinf start, lalinf -----------------------------------------------------------------------------------------

    [Test]
    public void Lalinf_StartSkymapAndFinish_AllSucceedEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, "LALInference online estimation started");
        h.RunFor(0.5);
        UploadFits(h, id, "LALInference", "LALInference.fits.gz", "sky_loc");
        h.RunFor(0.25);
        h.WriteLog(id, "LALInference online estimation finished");
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "lalinfStart", "lalinfSkymap", "lalinfFinish"), Is.EqualTo(new[]
            {
                $"+0.5 {id}: lalinfStart succeeded", $"+1 {id}: lalinfSkymap succeeded", $"+1.25 {id}: lalinfFinish succeeded",
            }));
            Assert.That(ChecksOf(h, "lalinf start"), Is.EqualTo(new[] { "+0.5 lalinf start.lalinfStart ok: found a log message containing 'LALInference online estimation started'" }));
            Assert.That(h.Outcomes.Where(o => o.Item is "lalinf" or "lalinf start").Select(o => o.Early), Is.All.True);
        });
    }

    [Test]
    public void Lalinf_NothingPosted_StartRequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(2);

        Assert.That(MailsAbout(h, "lalinfStart", "lalinfSkymap", "lalinfFinish"), Is.EqualTo(new[] { $"+1 {id}: lalinfStart requires attention" }));
    }

    [Test]
    public void Lalinf_StartedButNoProducts_SkymapAndFinishRequireAttentionAtTheirDeadlines()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, "LALInference online estimation started");
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "lalinfSkymap", "lalinfFinish"), Is.EqualTo(new[] { $"+1.5 {id}: lalinfSkymap requires attention", $"+1.7 {id}: lalinfFinish requires attention" }));
            Assert.That(ChecksOf(h, "lalinf"), Is.EqualTo(new[]
            {
                "+1.5 lalinf.lalinfSkymap action required: could not find LALInference.fits.gz",
                "+1.7 lalinf.lalinfFinish action required: could not find a log message containing 'LALInference online estimation finished'",
            }));
        });
    }

    // --- lib pe start, lib pe -----------------------------------------------------------------------------------------

    [Test]
    public void LibPe_EveryProduct_AllSucceedEarly_FinishWithoutItsPeriod()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent("LIB", "Burst");
        h.RunFor(0.5);
        h.WriteLog(id, "LIB Parameter estimation started.");
        h.RunFor(0.25);
        h.WriteLog(id, "LIB PE posterior samples", "posterior_samples.dat", "# freq quality\n150 9\n");
        h.WriteLog(id, "LIB PE summary");
        UploadFits(h, id, "LIB", "LIB.fits.gz", "sky_loc");
        h.WriteLog(id, "LIB Parameter estimation finished");
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "libPEStart", "libPEPostSamp", "libPEBayesFactors", "libPESkymap", "libPEFinish"), Is.EqualTo(new[]
            {
                $"+0.5 {id}: libPEStart succeeded", $"+0.75 {id}: libPEPostSamp succeeded", $"+0.75 {id}: libPEBayesFactors succeeded",
                $"+0.75 {id}: libPESkymap succeeded", $"+0.75 {id}: libPEFinish succeeded",
            }));
            Assert.That(h.Outcomes.Where(o => o.Item is "lib pe" or "lib pe start").Select(o => o.Early), Is.All.True);
        });
    }

    [Test]
    public void LibPe_StartedButNoProducts_EveryCheckRequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent("LIB", "Burst");
        h.RunFor(0.5);
        h.WriteLog(id, "LIB Parameter estimation started.");
        h.RunFor(3);

        Assert.That(ChecksOf(h, "lib pe"), Is.EqualTo(new[]
        {
            "+1.5 lib pe.libPEPostSamp action required: could not find posterior_samples.dat",
            "+1.5 lib pe.libPEBayesFactors action required: could not find a log message containing 'LIB PE summary'",
            "+1.5 lib pe.libPESkymap action required: could not find LIB.fits.gz",
            "+1.8 lib pe.libPEFinish action required: could not find a log message containing 'LIB Parameter estimation finished'",
        }));
        Assert.That(MailsAbout(h, "libPEFinish"), Is.EqualTo(new[] { $"+1.8 {id}: libPEFinish requires attention" }));
    }

    [Test]
    public void LibPeStart_NoMessage_RequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent("LIB", "Burst");
        h.RunFor(2);

        Assert.That(ChecksOf(h, "lib pe start"), Is.EqualTo(new[] { "+1 lib pe start.libPEStart action required: could not find a log message containing 'LIB Parameter estimation started.'" }));
        Assert.That(MailsAbout(h, "libPEStart"), Is.EqualTo(new[] { $"+1 {id}: libPEStart requires attention" }));
    }

    // --- bayeswave pe start, bayeswave pe -------------------------------------------------------------------------

    [Test]
    public void BayesWave_LaunchedAndEveryProduct_AllSucceedEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent("CWB", "Burst");
        h.RunFor(0.5);
        h.WriteLog(id, "BayesWaveBurst launched");
        h.RunFor(0.25);
        h.WriteLog(id, "BWB Follow-up results", tags: "pe");
        h.WriteLog(id, "BWB parameter estimation", tags: "pe");
        h.WriteLog(id, "BWB Bayes Factors", tags: "pe");
        UploadFits(h, id, "BWB", "BayesWave.fits.gz", "sky_loc");
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "bayeswavePEStart", "bayeswavePEPostSamp", "bayeswavePEEstimate", "bayeswavePEBayesFactors", "bayeswavePESkymap"), Is.EqualTo(new[]
            {
                $"+0.5 {id}: bayeswavePEStart succeeded", $"+0.75 {id}: bayeswavePEPostSamp succeeded", $"+0.75 {id}: bayeswavePEEstimate succeeded",
                $"+0.75 {id}: bayeswavePEBayesFactors succeeded", $"+0.75 {id}: bayeswavePESkymap succeeded",
            }));
            Assert.That(ChecksOf(h, "bayeswave pe start"), Is.EqualTo(new[] { "+0.5 bayeswave pe start.bayeswavePEStart ok: found a log message containing 'BayesWaveBurst launched'" }));
        });
    }

    [Test]
    public void BayesWave_LaunchedButNoProducts_EveryCheckRequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent("CWB", "Burst");
        h.RunFor(0.5);
        h.WriteLog(id, "BayesWaveBurst launched");
        h.RunFor(3);

        Assert.That(ChecksOf(h, "bayeswave pe"), Is.EqualTo(new[]
        {
            "+1.5 bayeswave pe.bayeswavePEPostSamp action required: could not find a log message containing 'BWB Follow-up results'",
            "+1.5 bayeswave pe.bayeswavePEEstimate action required: could not find a log message containing 'BWB parameter estimation'",
            "+1.5 bayeswave pe.bayeswavePEBayesFactors action required: could not find a log message containing 'BWB Bayes Factors'",
            "+1.5 bayeswave pe.bayeswavePESkymap action required: could not find BayesWave.fits.gz",
        }));
        Assert.That(MailsAbout(h, "bayeswavePESkymap"), Is.EqualTo(new[] { $"+1.5 {id}: bayeswavePESkymap requires attention" }));
    }

    [Test]
    public void BayesWaveStart_NotLaunched_RequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent("CWB", "Burst");
        h.RunFor(2);

        Assert.That(MailsAbout(h, "bayeswavePEStart"), Is.EqualTo(new[] { $"+1 {id}: bayeswavePEStart requires attention" }));
    }

    // --- cwb pe ------------------------------------------------------------------------------------------------------

    [Test]
    public void CwbPe_EveryProduct_AllSucceedEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent("CWB", "Burst");
        h.RunFor(0.25);
        h.WriteLog(id, "cWB CED");
        h.WriteLog(id, "cWB parameter estimation", tags: "pe");
        UploadFits(h, id, "cWB skymap fit", "skyprobcc_cWB.fits", "sky_loc", "lvem");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "cWBPECED", "cWBPEEstimate", "cWBPESkymap"), Is.EqualTo(new[]
            {
                $"+0.25 {id}: cWBPECED succeeded", $"+0.25 {id}: cWBPEEstimate succeeded", $"+0.25 {id}: cWBPESkymap succeeded",
            }));
            Assert.That(h.Outcomes.Where(o => o.Item == "cwb pe").Select(o => o.Early), Is.All.True);
        });
    }

    [Test]
    public void CwbPe_NothingPosted_EveryCheckRequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent("CWB", "Burst");
        h.RunFor(2);

        Assert.That(MailsAbout(h, "cWBPECED", "cWBPEEstimate", "cWBPESkymap"), Is.EqualTo(new[]
        {
            $"+1 {id}: cWBPECED requires attention", $"+1 {id}: cWBPEEstimate requires attention", $"+1 {id}: cWBPESkymap requires attention",
        }));
    }

    // --- every config ------------------------------------------------------------------------------------------------

    [TestCase("eventSupervisor_Tests-configMP.ini")]
    [TestCase("eventSupervisor-configMP.ini")]
    [TestCase("ER10-eventSupervisor_CBC.ini")]
    [TestCase("ER10-eventSupervisor_cWB.ini")]
    [TestCase("ER10-eventSupervisor_cWBLong.ini")]
    [TestCase("ER10-eventSupervisor_oLIB.ini")]
    [TestCase("ER10-eventSupervisor_External.ini")]
    public void EveryConfig_EverySectionOfThisFamily_BuildsItsTasks(string file)
    {
        string path = RepositoryPaths.Fixture("eventsupervisor-configs", file);
        var config = new EsConfig(IniDocument.Parse(File.ReadAllText(path), path));
        using var db = LvalertTest.FakeGraceDb.FileSystemGraceDb.InMemory(new LvalertTest.FakeGraceDb.FakeGraceDbOptions());
        var context = new EsContext(db, config, new LvalertTest.Supervisor.Notify.RecordedOutbox(), new LvalertTest.Supervisor.Engine.RecordingLog());
        var alert = new JsonObject
        {
            ["uid"] = "G1", ["alert_type"] = "update", ["file"] = "bayestar.fits.gz",
            ["description"] = "started skymap comparison for <a href=\"x\">bayestar.fits.gz</a>, <a href=\"y\">LIB.fits.gz</a>",
            ["object"] = new JsonObject { ["N"] = 3, ["file_version"] = 0, ["tag_names"] = new JsonArray("sky_loc") },
        };

        foreach (string item in Family.Where(i => config.Section(i) is not null))
        {
            Assert.That(EsItemCatalogue.Default.Tasks(new EsItemRequest(context, item, "G1", alert, config.Section(item)!)), Is.Not.Empty, item);
        }
    }

    internal static readonly string[] Family =
    [
        "bayestar start", "bayestar", "bayestarNoVirgo", "bayestar finish", "em bright", "lalinf start", "lalinf", "lib pe start", "lib pe",
        "bayeswave pe start", "bayeswave pe", "cwb pe", "skymap sanity", "plot skymap", "skyviewer", "snglFITS start", "snglFITS",
        "multFITS start", "multFITS",
    ];

    internal static EsHarness Harness(Func<string, string>? edit = null) =>
        EsHarness.WithMail(edit);

    /// <summary>A valid, normalised, equatorial sky map uploaded as a pipeline would.</summary>
    internal static void UploadFits(EsHarness h, GraceId id, string comment, string file, params string[] tags) =>
        h.Db.WriteLog(id, comment, file, HealpixFitsWriter.Write(HealpixFitsWriter.Uniform(1), gzip: file.EndsWith(".gz", StringComparison.Ordinal)), tags.Length == 0 ? null : tags);

    internal static List<string> MailsAbout(EsHarness h, params string[] tasks) =>
        h.Mails().Where(m => tasks.Any(t => m.Contains($": {t} ", StringComparison.Ordinal))).ToList();

    internal static List<string> ChecksOf(EsHarness h, string item) =>
        h.Checks().Where(c => c.Split(' ', 2)[1].StartsWith(item + ".", StringComparison.Ordinal)).ToList();

    private static CheckOutcome Outcome(EsHarness h, string task) => h.Outcomes.Single(o => o.Task == task);
}
