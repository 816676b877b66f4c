namespace LvalertTest.Scenarios.Running;

/// <summary>How to run a scenario: an optional seed that overrides the scenario's, and where outputs go (null: nowhere).</summary>
public sealed record RunOptions(long? Seed = null, string? OutputDirectory = null);
