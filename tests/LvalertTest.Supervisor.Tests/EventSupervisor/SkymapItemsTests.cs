using LvalertTest.Core.Events;
using LvalertTest.Core.Skymaps;
using LvalertTest.Supervisor.EventSupervisor.Fits;
using static LvalertTest.Supervisor.Tests.EventSupervisor.PeItemsTests;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>
/// The sky-map items made for every FITS upload (sanity, plot, skyviewer, summary start) and the summary and
/// comparison items made by their messages, driven through the fake GraceDb in virtual time with the test childConfig.
/// </summary>
public class SkymapItemsTests
{
    // 8 × 1/16 + 4 × 1/8 = 1 exactly.
    private static readonly double[] Normalised = [.. Enumerable.Repeat(0.0625, 8), .. Enumerable.Repeat(0.125, 4)];
    private static readonly double[] TooMuch = [.. Enumerable.Repeat(0.125, 12)];

    // --- skymap sanity -------------------------------------------------------------------------------------------------

    [TestCase("C", false, false, "bayestar.fits.gz is properly normalized (1-sum=0.000000e+00) and in Equatorial coordinates")]
    [TestCase("G", false, true, "bayestar.fits.gz is properly normalized (1-sum=0.000000e+00) but is not in Equatorial coordinates")]
    [TestCase("C", true, true, "bayestar.fits.gz is not properly normalized (1-sum=-5.000000e-01) but is in Equatorial coordinates")]
    [TestCase("E", true, true, "bayestar.fits.gz is not properly normalized (1-sum=-5.000000e-01) and is not in Equatorial coordinates")]
    public void SkymapSanity_ReadsTheUploadedMap(string coordSys, bool tooMuch, bool actionRequired, string warning)
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.Db.WriteLog(id, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", HealpixFitsWriter.Write(tooMuch ? TooMuch : Normalised, coordSys), ["sky_loc"]);
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(ChecksOf(h, "skymap sanity"), Is.EqualTo(new[] { $"+1.5 skymap sanity.skymapSanity {(actionRequired ? "action required" : "ok")}: {warning}" }));
            Assert.That(MailsAbout(h, "skymapSanity"), Is.EqualTo(new[] { $"+1.5 {id}: skymapSanity {(actionRequired ? "requires attention" : "succeeded")}" }));
        });
    }

    [Test]
    public void SkymapSanity_EmptyPlaceholderFile_FailsWithAnExceptionMail()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.Db.WriteLog(id, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", [], ["sky_loc"]);
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "skymapSanity"), Is.EqualTo(new[] { $"+1.5 {id}: skymapSanity FAILED" }));
            Assert.That(ChecksOf(h, "skymap sanity"), Is.EqualTo(new[] { "+1.5 skymap sanity.skymapSanity exception: InvalidDataException: not a FITS file: 0 bytes, less than one 2880-byte block" }));
            Assert.That(h.Outbox.Sent.Single(m => m.Subject.EndsWith("skymapSanity FAILED", StringComparison.Ordinal)).Body,
                Does.Contain("event_supervisor caught an exception when performing check sanity and formatting of bayestar.fits.gz"));
        });
    }

    [Test]
    public void SkymapSanity_TwoVersions_EachCheckReadsTheVersionItsUploadMade()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.Db.WriteLog(id, "sky map", "bayestar.fits.gz", HealpixFitsWriter.Write(Normalised), ["sky_loc"]);
        h.RunFor(0.5);
        h.Db.WriteLog(id, "sky map again", "bayestar.fits.gz", HealpixFitsWriter.Write(TooMuch), ["sky_loc"]);
        h.RunFor(2);

        Assert.That(ChecksOf(h, "skymap sanity").Select(c => c.Split(':')[0]), Is.EqualTo(new[] { "+1.5 skymap sanity.skymapSanity ok", "+2 skymap sanity.skymapSanity action required" }));
    }

    // --- plot skymap, skyviewer ----------------------------------------------------------------------------------------

    [Test]
    public void PlotSkymapAndSkyviewer_ProductsWithTheMapsTags_SucceedEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        UploadFits(h, id, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", "sky_loc", "lvem");
        h.RunFor(0.25);
        h.WriteLog(id, "Mollweide projection of bayestar.fits.gz", "bayestar.png", null, "lvem", "sky_loc");
        h.WriteLog(id, string.Empty, "bayestar.json", "{}", "sky_loc", "lvem");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "plotSkymap", "skyviewer"), Is.EqualTo(new[] { $"+0.75 {id}: plotSkymap succeeded", $"+0.75 {id}: skyviewer succeeded" }));
            Assert.That(ChecksOf(h, "plot skymap"), Is.EqualTo(new[] { "+0.75 plot skymap.plotSkymap ok: found bayestar.png with correct tagnames (lvem,sky_loc) while ignoring log message" }));
            Assert.That(h.Outcomes.Where(o => o.Item is "plot skymap" or "skyviewer").Select(o => o.Early), Is.All.True);
        });
    }

    [Test]
    public void PlotSkymapAndSkyviewer_NoProducts_RequireAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        UploadFits(h, id, "cWB skymap fit", "skyprobcc_cWB.fits", "sky_loc");
        h.RunFor(2);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "plotSkymap", "skyviewer"), Is.EqualTo(new[] { $"+1.5 {id}: plotSkymap requires attention", $"+1.5 {id}: skyviewer requires attention" }));
            Assert.That(ChecksOf(h, "plot skymap").Concat(ChecksOf(h, "skyviewer")), Is.EqualTo(new[]
            {
                "+1.5 plot skymap.plotSkymap action required: could not find skyprobcc_cWB.png",
                "+1.5 skyviewer.skyviewer action required: could not find skyprobcc_cWB.json",
            }));
        });
    }

    [Test]
    public void PlotSkymap_PlotWithoutTheMapsTags_RequiresAttentionAtTheDeadline()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        UploadFits(h, id, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", "sky_loc", "lvem");
        h.RunFor(0.25);
        h.WriteLog(id, "Mollweide projection of bayestar.fits.gz", "bayestar.png", null, "sky_loc");
        h.RunFor(2);

        Assert.That(ChecksOf(h, "plot skymap"), Is.EqualTo(new[] { "+1.5 plot skymap.plotSkymap action required: found bayestar.png but with incorrect tagnames (lvem,sky_loc) while ignoring log message" }));
    }

    [Test]
    public void Skyviewer_NameEndingInFitsLetters_KeepsThem()
    {
        // The original stripped the characters of ".fits" from the end, so "BW_maps.fits" wanted "BW_map.json".
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        UploadFits(h, id, "BWB", "BW_maps.fits");
        h.WriteLog(id, string.Empty, "BW_maps.json", "{}");
        h.RunFor(2);

        Assert.That(ChecksOf(h, "skyviewer"), Is.EqualTo(new[] { "+0.5 skyviewer.skyviewer ok: found BW_maps.json with correct tagnames () while ignoring log message" }));
    }

    // --- snglFITS start, snglFITS ----------------------------------------------------------------------------------

    [Test]
    public void SnglFits_StartPageAndFinish_AllSucceedEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        UploadFits(h, id, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", "sky_loc");
        h.RunFor(0.25);
        h.WriteLog(id, $"started skymap summary for {Link("bayestar.fits.gz")}");
        h.RunFor(0.25);
        h.WriteLog(id, $"skymap summary for {Link("bayestar.fits.gz")} can be found <a href=\"https://example.org/summary\">here</a>", "bayestar-skymapSummary.html", "<html></html>");
        h.RunFor(0.25);
        h.WriteLog(id, $"finished skymap summary for {Link("bayestar.fits.gz")}");
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(MailsAbout(h, "snglFITSStart", "snglFITShtml", "snglFITSFinish"), Is.EqualTo(new[]
            {
                $"+0.75 {id}: snglFITSStart succeeded", $"+1 {id}: snglFITShtml succeeded", $"+1.25 {id}: snglFITSFinish succeeded",
            }));
            Assert.That(ChecksOf(h, "snglFITS start").Concat(ChecksOf(h, "snglFITS")), Is.EqualTo(new[]
            {
                "+0.75 snglFITS start.snglFITSStart ok: found snglFITS start message for bayestar.fits.gz",
                "+1 snglFITS.snglFITShtml ok: found bayestar-skymapSummary.html with correct log message while ignoring tagnames",
                "+1.25 snglFITS.snglFITSFinish ok: found snglFITS finish message for bayestar.fits.gz",
            }));
            Assert.That(h.Outcomes.Where(o => o.Item.StartsWith("snglFITS", StringComparison.Ordinal)).Select(o => o.Early), Is.All.True);
        });
    }

    [Test]
    public void SnglFitsStart_NoSummaryStarted_RequiresAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        UploadFits(h, id, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", "sky_loc");
        h.RunFor(2);

        Assert.That(ChecksOf(h, "snglFITS start"), Is.EqualTo(new[] { "+1.5 snglFITS start.snglFITSStart action required: could not find snglFITS start message for bayestar.fits.gz" }));
        Assert.That(MailsAbout(h, "snglFITSStart"), Is.EqualTo(new[] { $"+1.5 {id}: snglFITSStart requires attention" }));
    }

    [Test]
    public void SnglFits_PageWithTheWrongMessageAndNoFinish_RequireAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, $"started skymap summary for {Link("LALInference.fits.gz")}");
        h.RunFor(0.25);
        h.WriteLog(id, "summary page", "LALInference-skymapSummary.html", "<html></html>");
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(ChecksOf(h, "snglFITS"), Is.EqualTo(new[]
            {
                "+1.5 snglFITS.snglFITShtml action required: found LALInference-skymapSummary.html but with incorrect log message while ignoring tagnames",
                "+2.5 snglFITS.snglFITSFinish action required: could not find snglFITS finish message for LALInference.fits.gz",
            }));
            Assert.That(MailsAbout(h, "snglFITShtml", "snglFITSFinish"), Is.EqualTo(new[] { $"+1.5 {id}: snglFITShtml requires attention", $"+2.5 {id}: snglFITSFinish requires attention" }));
        });
    }

    [Test]
    public void SnglFits_StartMessageWithoutALink_BothChecksFail()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, "started skymap summary for something");
        h.RunFor(3);

        Assert.That(MailsAbout(h, "snglFITShtml", "snglFITSFinish"), Is.EqualTo(new[] { $"+1.5 {id}: snglFITShtml FAILED", $"+2.5 {id}: snglFITSFinish FAILED" }));
    }

    // --- multFITS start, multFITS -------------------------------------------------------------------------------------

    [Test]
    public void MultFitsStart_ComparisonOfTheMapsUploadedBeforeTheSummaryFinished_SucceedsEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        UploadFits(h, id, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", "sky_loc");
        UploadFits(h, id, "LALInference", "LALInference.fits.gz", "sky_loc");
        h.RunFor(0.5);
        h.WriteLog(id, $"finished skymap summary for {Link("LALInference.fits.gz")}");
        h.RunFor(0.25);
        UploadFits(h, id, "LIB", "LIB.fits.gz", "sky_loc"); // after the trigger: not part of this comparison
        h.RunFor(0.25);
        h.WriteLog(id, $"started skymap comparison for {Link("LALInference.fits.gz")}, {Link("bayestar.fits.gz")}");
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(ChecksOf(h, "multFITS start"), Is.EqualTo(new[] { "+1.5 multFITS start.multFITSStart ok: found multFITS start message for bayestar.fits.gz, LALInference.fits.gz" }));
            Assert.That(MailsAbout(h, "multFITSStart"), Is.EqualTo(new[] { $"+1.5 {id}: multFITSStart succeeded" }));
            Assert.That(h.Outcomes.Single(o => o.Task == "multFITSStart").Early, Is.True);
        });
    }

    [Test]
    public void MultFitsStart_ComparisonLeavesAMapOut_RequiresAttentionAtTheDeadline()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        UploadFits(h, id, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", "sky_loc");
        UploadFits(h, id, "LALInference", "LALInference.fits.gz", "sky_loc");
        h.WriteLog(id, $"finished skymap summary for {Link("bayestar.fits.gz")}");
        h.RunFor(0.25);
        h.WriteLog(id, $"started skymap comparison for {Link("bayestar.fits.gz")}");
        h.RunFor(3);

        Assert.That(ChecksOf(h, "multFITS start"), Is.EqualTo(new[] { "+1.5 multFITS start.multFITSStart action required: could not find multFITS start message for bayestar.fits.gz, LALInference.fits.gz" }));
        Assert.That(MailsAbout(h, "multFITSStart"), Is.EqualTo(new[] { $"+1.5 {id}: multFITSStart requires attention" }));
    }

    [Test]
    public void MultFits_PageAndFinishInAnotherOrder_SucceedEarly()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, $"started skymap comparison for {Link("bayestar.fits.gz")}, {Link("LALInference.fits.gz")}");
        h.RunFor(0.25);
        h.WriteLog(id, "comparison of skymaps can be found <a href=\"https://example.org/compare\">here</a>", $"{id}-skymapComparison.html", "<html></html>");
        h.RunFor(0.25);
        h.WriteLog(id, $"finished skymap comparison for {Link("LALInference.fits.gz")}, {Link("bayestar.fits.gz")}");
        h.RunFor(3);

        Assert.Multiple(() =>
        {
            Assert.That(ChecksOf(h, "multFITS"), Is.EqualTo(new[]
            {
                $"+0.75 multFITS.multFITShtml ok: found {id}-skymapComparison.html with correct log message while ignoring tagnames",
                "+1 multFITS.multFITSFinish ok: found multFITS finish message for bayestar.fits.gz, LALInference.fits.gz",
            }));
            Assert.That(MailsAbout(h, "multFITShtml", "multFITSFinish"), Is.EqualTo(new[] { $"+0.75 {id}: multFITShtml succeeded", $"+1 {id}: multFITSFinish succeeded" }));
        });
    }

    [Test]
    public void MultFits_NothingAfterTheStart_BothRequireAttention()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, $"started skymap comparison for {Link("bayestar.fits.gz")}, {Link("LALInference.fits.gz")}");
        h.RunFor(3);

        Assert.That(ChecksOf(h, "multFITS"), Is.EqualTo(new[]
        {
            $"+1.5 multFITS.multFITShtml action required: could not find {id}-skymapComparison.html",
            "+2.5 multFITS.multFITSFinish action required: could not find multFITS finish message for bayestar.fits.gz, LALInference.fits.gz",
        }));
        Assert.That(MailsAbout(h, "multFITShtml", "multFITSFinish"), Is.EqualTo(new[] { $"+1.5 {id}: multFITShtml requires attention", $"+2.5 {id}: multFITSFinish requires attention" }));
    }

    [Test]
    public void MultFits_ComparisonNamingNoMap_FinishCheckFails()
    {
        using EsHarness h = Harness();
        GraceId id = h.CreateEvent();
        h.RunFor(0.5);
        h.WriteLog(id, "started skymap comparison for nothing at all");
        h.RunFor(3);

        Assert.That(MailsAbout(h, "multFITSFinish"), Is.EqualTo(new[] { $"+2.5 {id}: multFITSFinish FAILED" }));
    }

    private static string Link(string fits) => $"<a href=\"https://gracedb.ligo.org/api/events/G1/files/{fits}\">{fits}</a>";
}
