using LvalertTest.Simulation.Generators;
using static LvalertTest.Simulation.Tests.Generators.GeneratorTestKit;

namespace LvalertTest.Simulation.Tests.Generators.FollowUps;

public class DqGeneratorTests
{
    private GeneratorSet _set = null!;

    [SetUp]
    public void SetUp() => _set = WithoutJitter(GeneratorSets.Find("gstlal")!);

    [Test]
    public void Idq_PostsEveryProductAtCumulativeDelays_WithTheSupervisorsNames()
    {
        List<string> h1 = Lines(Build(_set)).Where(l => l.Contains("H1", StringComparison.Ordinal) && (l.Contains("iDQ", StringComparison.Ordinal) || l.Contains("glitch", StringComparison.Ordinal))).ToList();

        Assert.That(h1, Is.EqualTo(new[]
        {
            "1 Started searching for iDQ information within [1187008872, 1187008892] at H1",
            "11 iDQ glitch tables H1: [H1_idq_ovl-1187008872-20.xml.gz]",
            h1[2],
            h1[3],
            "21 iDQ fap timeseries for ovl at H1 within [1187008872, 1187008892] : [H1_idq_ovl_fap-1187008872-20.gwf]",
            "21 iDQ glitch-rank frame for ovl at H1 within [1187008872, 1187008892] : [H1_idq_ovl_rank-1187008872-20.gwf]",
            "26 iDQ fap and glitch-rank timeseries plot for ovl at H1: [H1_ovl_timeseries-1187008872-20.png]",
            "36 iDQ (possible) active channels for ovl at H1 [H1_ovl_chanlist-1187008872-20.json]",
            "36 iDQ channel strip chart for ovl at H1 [H1_ovl_chanstrip-1187008872-20.png]",
            "56 iDQ calibration sanity check for ovl at H1 [H1_ovl_calib-1187008872-20.json]",
            "56 iDQ calibration sanity check figure for ovl at H1 [H1_ovl_calib-1187008872-20.png]",
            "76 iDQ local ROC curves for ovl at H1 [H1_ovl_ROC-1187008872-20.json]",
            "76 iDQ local ROC figure for ovl at H1 [H1_ovl_ROC-1187008872-20.png]",
            "106 iDQ local calibration vital statistics for ovl at H1 [H1_ovl_calibStats-1187008872-20.json]",
            "106 iDQ local training vital statistics for ovl at H1 [H1_ovl_trainStats-1187008872-20.json]",
            "106 Finished searching for iDQ information within [1187008872, 1187008892] at H1",
        }));
        Assert.That(h1[2], Does.Match(@"^16 minimum glitch-FAP for ovl at H1 within \[1187008872, 1187008892\] is \d\.\d{3}e[+-]\d\d \[H1_ovl_minFAP_\{graceid\}-1187008872-20\.json\]$"));
        Assert.That(h1[3], Does.Match(@"^16 maximum glitch-RANK for ovl at H1 within \[1187008872, 1187008892\] is \d\.\d{3}e[+-]\d\d \[H1_ovl_maxRANK_\{graceid\}-1187008872-20\.json\]$"));
    }

    [Test]
    public void Idq_AMissingStep_EndsThatInstrumentsChain_WithoutFinish()
    {
        List<string> lines = Lines(Build(_set.WithOverride("idq.calib", new StepOverride(Prob: 0))));

        Assert.That(lines, Has.Some.Contains("iDQ channel strip chart for ovl at L1"));
        Assert.That(lines, Has.None.Contains("ROC").And.None.Contains("Finished searching for iDQ"));
    }

    [Test]
    public void SegDb_StartFlagsUnionAndFinish()
    {
        List<string> lines = Lines(Build(_set)).Where(l => l.Contains("segments", StringComparison.Ordinal) || l.Contains(":DMT-", StringComparison.Ordinal) || l.Contains(":ODC-", StringComparison.Ordinal)).ToList();

        Assert.That(lines[0], Is.EqualTo("2 began searching for segments in : https://segments.ligo.org"));
        Assert.That(lines[1], Is.EqualTo("12 H1:DMT-ANALYSIS_READY:1 [H1-DMT_ANALYSIS_READY_1-1187008852-60.xml.gz]"));
        Assert.That(lines[20], Is.EqualTo("202 L1:ODC-INJECTION_CW:2 [L1-ODC_INJECTION_CW_2-1187008852-60.xml.gz]"));
        Assert.That(lines[21], Is.EqualTo("207 union of active segments for all flags [allActive-1187008852-60.json]"));
        Assert.That(lines[22], Is.EqualTo("207 finished searching for segments in : https://segments.ligo.org"));
    }

    [Test]
    public void OmegaScans_NameTheChansetsAsTheSupervisorsConfig()
    {
        List<string> lines = Lines(Build(_set)).Where(l => l.Contains("mega", StringComparison.Ordinal)).ToList();

        Assert.That(lines, Is.SupersetOf(new[]
        {
            "3 automatic OmegaScans begun for: h1_llhoft, h1_r-reduced, h1_r-standard",
            "303 OmegaScan of h1_r-reduced [h1_r-reduced.json]",
            "313 automatic OmegaScans finished for: l1_llhoft, l1_r-reduced, l1_r-standard",
        }));
    }

    [Test]
    public void Humans_RequestThenSignOff_OnlyForTheEventsSites()
    {
        List<string> lines = Lines(Build(_set, facts: new EventFacts(1187008882, 1e-9, ["L1", "V1"])))
            .Where(l => l.Contains("label", StringComparison.Ordinal) || l.Contains("signoff", StringComparison.Ordinal)).ToList();

        Assert.That(lines.Where(l => l.StartsWith("10 label", StringComparison.Ordinal)), Is.EqualTo(new[] { "10 label +L1OPS", "10 label +V1OPS", "10 label +ADVREQ" }));
        Assert.That(lines, Has.None.Contains("H1"));
    }
}
