using LvalertTest.Scenarios.Model;

namespace LvalertTest.Scenarios.Running;

/// <summary>How to run a scenario: a seed that overrides the scenario's, where outputs go (null: nowhere), the store (null: the scenario's).</summary>
public sealed record RunOptions(long? Seed = null, string? OutputDirectory = null, StoreKind? Store = null);
