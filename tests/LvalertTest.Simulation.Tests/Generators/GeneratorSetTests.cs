using LvalertTest.Simulation.Generators;
using LvalertTest.Simulation.Schedules;
using static LvalertTest.Simulation.Tests.Generators.GeneratorTestKit;

namespace LvalertTest.Simulation.Tests.Generators;

public class GeneratorSetTests
{
    private GeneratorSet _gstlal = null!;

    [SetUp]
    public void SetUp() => _gstlal = WithoutJitter(GeneratorSets.Find("gstlal")!);

    [Test]
    public void Gstlal_WithoutJitter_PipelineUploadsAtTheirDelays()
    {
        List<string> lines = Lines(Build(_gstlal));

        Assert.That(lines[0], Is.EqualTo("0 create CBC/gstlal/AllSky from coinc.xml"));
        Assert.That(lines, Does.Contain("0 strain spectral densities [psd.xml.gz]"));
        Assert.That(lines, Does.Contain("0.5 Log File Created [event.log]"));
        Assert.That(lines, Does.Contain("1 Coinc Table created [coinc.xml]"));
        Assert.That(lines, Does.Contain("15 ranking statistic PDFs [ranking_data.xml.gz]"));
    }

    [Test]
    public void Bayestar_IsAnchoredToThePsdUpload_AndItsSkymapFollowUpsToTheSkymap()
    {
        Schedule plain = Build(_gstlal);
        Schedule later = Build(_gstlal.WithOverride("gstlal.psd", new StepOverride(Delay: 7)));

        Assert.That(Lines(plain), Does.Contain("2 INFO:BAYESTAR:starting sky localization"));
        Assert.That(Lines(plain), Does.Contain("45 INFO:BAYESTAR:uploaded sky map [bayestar.fits.gz] {sky_loc,lvem}"));
        Assert.That(Lines(plain), Does.Contain("50 Mollweide projection of bayestar.fits.gz [bayestar.png] {sky_loc,lvem}"));
        Assert.That(Lines(plain), Does.Contain("50  [bayestar.json] {sky_loc,lvem}"));
        Assert.That(Lines(later), Does.Contain("9 INFO:BAYESTAR:starting sky localization"));
        Assert.That(Lines(later), Does.Contain("57 Mollweide projection of bayestar.fits.gz [bayestar.png] {sky_loc,lvem}"));
    }

    [Test]
    public void WithoutThePsd_BayestarNeverRuns()
    {
        List<string> lines = Lines(Build(_gstlal.WithOverride("gstlal.psd", new StepOverride(Prob: 0))));

        Assert.That(lines.Where(l => l.Contains("BAYESTAR", StringComparison.Ordinal) || l.Contains("bayestar", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void ProbabilityZero_RemovesThatStepAndItsChildren_AndNothingElseMoves()
    {
        GeneratorSet jittered = GeneratorSets.Find("gstlal")!;
        List<string> all = Lines(Build(jittered));
        List<string> without = Lines(Build(jittered.WithOverride("bayestar.skymap", new StepOverride(Prob: 0))));

        List<string> removed = all.Except(without).ToList();

        // Comparisons list the sky maps there are, so theirs is the one content that changes (not their times).
        static bool Lists(string line) => line.Contains("skymap comparison for", StringComparison.Ordinal);
        Assert.That(without.Except(all).Where(l => !Lists(l)), Is.Empty, "no remaining action changed time or content");
        Assert.That(without.Where(Lists).Select(l => l.Split(' ')[0]), Is.SubsetOf(all.Where(Lists).Select(l => l.Split(' ')[0])));
        Assert.That(removed, Has.Some.Contains("INFO:BAYESTAR:uploaded sky map"));
        Assert.That(removed, Has.All.Contains("bayestar").Or.Contains("skymap comparison").Or.Contains("comparison of skymaps"));
    }

    [Test]
    public void SameSeed_SameSchedule_OtherSeed_Different()
    {
        GeneratorSet set = GeneratorSets.Find("CWB")!;

        Assert.That(Build(set, 3).ToJson(), Is.EqualTo(Build(set, 3).ToJson()));
        Assert.That(Build(set, 3).ToJson(), Is.Not.EqualTo(Build(set, 4).ToJson()));
    }

    [Test]
    public void UnknownGeneratorOrStep_IsAnErrorListingTheKnownOnes()
    {
        var noGenerator = Assert.Throws<ArgumentException>(() => _gstlal.WithOverride("bayestr.skymap", new StepOverride(Prob: 0)))!;
        var noStep = Assert.Throws<ArgumentException>(() => _gstlal.WithOverride("bayestar.skymp", new StepOverride(Prob: 0)))!;
        var badProb = Assert.Throws<ArgumentException>(() => _gstlal.WithOverride("bayestar.skymap", new StepOverride(Prob: 2)))!;

        Assert.That(noGenerator.Message, Does.StartWith("no generator 'bayestr' in set 'gstlal'").And.Contain("bayestar"));
        Assert.That(noStep.Message, Does.StartWith("generator 'bayestar' has no step 'skymp'").And.Contain("skymap"));
        Assert.That(badProb.Message, Does.StartWith("bayestar.skymap: prob must be in [0, 1]"));
    }

    [TestCase("CWB", "create Burst/CWB/AllSky from trigger_1187008882.4457.txt")]
    [TestCase("LIB", "create Burst/LIB/AllSky from 1187008882.45-0.json")]
    [TestCase("Fermi", "create External/Fermi/GRB from voevent.xml")]
    [TestCase("MBTAOnline", "create CBC/MBTAOnline/AllSky from coinc.xml")]
    public void Pipelines_NameTheirUploadAsTheSupervisorExpects(string set, string creation)
    {
        Assert.That(Lines(Build(WithoutJitter(GeneratorSets.Find(set)!)))[0], Is.EqualTo("0 " + creation));
    }

    [Test]
    public void Cwb_PeAndBurstFollowUps_WithTheSupervisorsStringsAndFiles()
    {
        List<string> lines = Lines(Build(WithoutJitter(GeneratorSets.Find("CWB")!)));

        Assert.That(lines, Is.SupersetOf(new[]
        {
            "15 Coincidence search complete",
            "15 No unblind injections in window",
            "40 cWB CED",
            "40 cWB parameter estimation {pe}",
            "45 cWB skymap fit [skyprobcc_cWB.fits] {sky_loc,lvem}",
            "10 BayesWaveBurst launched",
            "40 BWB Bayes Factors {pe}",
            "45 BWB [BayesWave.fits.gz] {sky_loc}",
            "10 LIB Parameter estimation started.",
            "40 LIB posterior samples [posterior_samples.dat]",
            "40 LIB PE summary",
            "40 LIB Parameter estimation finished.",
            "45 LIB [LIB.fits.gz] {sky_loc,lvem}",
            "50 started skymap summary for <a href=\"https://gracedb.ligo.org/api/events/{graceid}/files/LIB.fits.gz\">LIB.fits.gz</a>",
        }));
    }
}
