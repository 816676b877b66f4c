namespace LvalertTest.Simulation.Generators.Pipelines;

/// <summary>
/// A burst pipeline: cWB (its trigger file named <c>trigger_&lt;gps %.4f&gt;.txt</c>) or oLIB (<c>LIB</c>, its JSON named
/// <c>&lt;gps %.2f&gt;-0.json</c>), in the Burst group. No ancillary uploads, as in the original.
/// </summary>
public sealed class BurstPipelineGenerator : PipelineGenerator
{
    private BurstPipelineGenerator(string pipeline)
        : base(pipeline, "Burst", "AllSky")
    {
    }

    public static BurstPipelineGenerator Cwb { get; } = new("CWB");

    public static BurstPipelineGenerator Olib { get; } = new("LIB");

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps => [];
}

/// <summary>An external trigger (GCN VOEvent) in the External group: Fermi and Swift GRBs, SNEWS supernova alerts.</summary>
public sealed class ExternalTriggerGenerator : PipelineGenerator
{
    private ExternalTriggerGenerator(string pipeline, string search)
        : base(pipeline, "External", search)
    {
    }

    public static ExternalTriggerGenerator Fermi { get; } = new("Fermi", "GRB");

    public static ExternalTriggerGenerator Swift { get; } = new("Swift", "GRB");

    public static ExternalTriggerGenerator Snews { get; } = new("SNEWS", string.Empty);

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps => [];
}
