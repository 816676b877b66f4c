using LvalertTest.Simulation.Generators.FollowUps;
using LvalertTest.Simulation.Generators.Humans;
using LvalertTest.Simulation.Generators.Pipelines;

namespace LvalertTest.Simulation.Generators;

/// <summary>
/// The built-in generator sets, one per pipeline: the pipeline, then the follow-ups the production (ER10) supervisor
/// configs check for that kind of event, each with its default numbers. Names are those a scenario's
/// <c>generator:</c> field takes.
/// </summary>
public static class GeneratorSets
{
    /// <summary>Every built-in set's name, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["gstlal", "gstlal-spiir", "MBTAOnline", "pycbc", "CWB", "LIB", "Fermi", "Swift", "SNEWS"];

    /// <summary>Every generator of the catalogue, by name (for event configs and documentation).</summary>
    public static IReadOnlyList<Generator> Catalogue { get; } =
    [
        CbcPipelineGenerator.Gstlal, CbcPipelineGenerator.GstlalSpiir, CbcPipelineGenerator.MbtaOnline, CbcPipelineGenerator.Pycbc,
        BurstPipelineGenerator.Cwb, BurstPipelineGenerator.Olib, ExternalTriggerGenerator.Fermi, ExternalTriggerGenerator.Swift, ExternalTriggerGenerator.Snews,
        SignoffGenerator.SiteOperators, SignoffGenerator.Advocate, IdqGenerator.Instance, SegDbGenerator.Instance,
        OmegaScanGenerator.H1, OmegaScanGenerator.L1, SearchGenerator.ExternalTriggers, SearchGenerator.UnblindInjections,
        PeGenerator.LalInference, PeGenerator.LibPe, PeGenerator.BayesWave, PeGenerator.CwbPe, BayestarGenerator.Instance, EmBrightGenerator.Instance,
        SkymapFollowUpGenerator.Plot, SkymapFollowUpGenerator.Skyviewer, SkymapSummaryGenerator.Instance, SkymapComparisonGenerator.Instance,
    ];

    /// <summary>The set named <paramref name="name"/>, or null.</summary>
    public static GeneratorSet? Find(string name) => name switch
    {
        "gstlal" => Cbc(CbcPipelineGenerator.Gstlal),
        "gstlal-spiir" => Cbc(CbcPipelineGenerator.GstlalSpiir),
        "MBTAOnline" => Cbc(CbcPipelineGenerator.MbtaOnline),
        "pycbc" => Cbc(CbcPipelineGenerator.Pycbc),
        "CWB" => Make("CWB", BurstPipelineGenerator.Cwb, [.. Common(), SearchGenerator.ExternalTriggers, SearchGenerator.UnblindInjections, PeGenerator.CwbPe, PeGenerator.BayesWave, PeGenerator.LibPe, .. Skymaps()]),
        "LIB" => Make("LIB", BurstPipelineGenerator.Olib, [.. Common(), SearchGenerator.ExternalTriggers, SearchGenerator.UnblindInjections, PeGenerator.LibPe, .. Skymaps()]),
        "Fermi" => Make("Fermi", ExternalTriggerGenerator.Fermi, Common()),
        "Swift" => Make("Swift", ExternalTriggerGenerator.Swift, Common()),
        "SNEWS" => Make("SNEWS", ExternalTriggerGenerator.Snews, Common()),
        _ => null,
    };

    private static GeneratorSet Cbc(CbcPipelineGenerator pipeline) =>
        Make(pipeline.Name, pipeline,
        [
            .. Common(), SearchGenerator.ExternalTriggers, SearchGenerator.UnblindInjections, PeGenerator.LalInference,
            BayestarGenerator.Instance, EmBrightGenerator.Instance, .. Skymaps(),
        ]);

    // What every event gets: sign-off requests, iDQ, segDB2grcDB and OmegaScans at both LIGO sites.
    private static Generator[] Common() =>
        [SignoffGenerator.SiteOperators, SignoffGenerator.Advocate, IdqGenerator.Instance, SegDbGenerator.Instance, OmegaScanGenerator.H1, OmegaScanGenerator.L1];

    // Anchored to each sky map; the comparison after the summaries it follows.
    private static Generator[] Skymaps() =>
        [SkymapFollowUpGenerator.Plot, SkymapFollowUpGenerator.Skyviewer, SkymapSummaryGenerator.Instance, SkymapComparisonGenerator.Instance];

    private static GeneratorSet Make(string name, Generator pipeline, IEnumerable<Generator> followUps) =>
        new(name, new[] { pipeline }.Concat(followUps).Select(g => new ConfiguredGenerator(g, g.Defaults())));
}
