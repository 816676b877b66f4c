using LvalertTest.Reports.Soak;
using LvalertTest.Scenarios.Model;

namespace LvalertTest.Scenarios.Running;

/// <summary>How to run a scenario: a seed that overrides the scenario's, where outputs go (null: nowhere), the store (null: the scenario's).</summary>
public sealed record RunOptions(long? Seed = null, string? OutputDirectory = null, StoreKind? Store = null)
{
    /// <summary>How long events keep arriving; replaces the scenario's arrival count or duration (null: the scenario's).</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>
    /// A soak: writes metrics.csv and plots/, and leaves out the outputs that grow with every action (timeline.csv,
    /// alerts.jsonl, the supervisor's logs) so a simulated year fits on disk.
    /// </summary>
    public bool Soak { get; init; }

    /// <summary>Told of every simulated hour as it closes (progress reports).</summary>
    public Action<HourMetrics>? HourClosed { get; init; }
}
