namespace LvalertTest.Scenarios.Running;

/// <summary>Where a run keeps its fake GraceDb: in memory, or on disk in the output directory's <c>gracedb/</c>.</summary>
public enum StoreKind
{
    Memory,
    Disk,
}

/// <summary>How to run a scenario: a seed that overrides the scenario's, where outputs go (null: nowhere), the store.</summary>
public sealed record RunOptions(long? Seed = null, string? OutputDirectory = null, StoreKind Store = StoreKind.Memory);
