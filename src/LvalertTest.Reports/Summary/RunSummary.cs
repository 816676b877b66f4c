namespace LvalertTest.Reports.Summary;

/// <summary>The summary.json of a run: what ran, with which seed, what it counted and what it concluded.</summary>
public sealed record RunSummary
{
    public required string Scenario { get; init; }

    public required long Seed { get; init; }

    public required DateTimeOffset SimulatedStart { get; init; }

    public required double SimulatedSeconds { get; init; }

    /// <summary>Wall seconds the run took: the only figure that differs between two runs of one seed.</summary>
    public required double WallSeconds { get; init; }

    public required long Events { get; init; }

    public required long Actions { get; init; }

    public required long KernelSteps { get; init; }

    /// <summary>Alerts GraceDb published (one per node).</summary>
    public required long Alerts { get; init; }

    /// <summary>Actions GraceDb refused (each is an "error" row of the timeline).</summary>
    public required long Errors { get; init; }

    /// <summary>E-mails the supervisor sent (0 without a supervisor).</summary>
    public long Emails { get; init; }

    /// <summary>Checks the supervisor finished, and how many of them found that someone must act (or failed).</summary>
    public long Checks { get; init; }

    public long ChecksFailed { get; init; }

    /// <summary>Supervisor items created.</summary>
    public long Items { get; init; }

    /// <summary>Whether every supervisor queue was empty at the end; null without a supervisor.</summary>
    public bool? QueueEmpty { get; init; }

    /// <summary>Check latency percentiles over the whole run, in seconds (from the latency histogram); null without checks.</summary>
    public double? LatencyP50Seconds { get; init; }

    public double? LatencyP95Seconds { get; init; }

    public double? LatencyP99Seconds { get; init; }

    /// <summary>Simulated seconds per wall second (wall-time based, like <see cref="WallSeconds"/>).</summary>
    public double? TimeCompression { get; init; }

    /// <summary>The process's peak working set when the run ended, in bytes (soak runs only).</summary>
    public long? PeakWorkingSetBytes { get; init; }

    /// <summary>Simulated hours written to metrics.csv (soak runs only).</summary>
    public long? Hours { get; init; }

    /// <summary>Finished events that left the in-memory store during the run (in-memory soaks only).</summary>
    public long? EventsRetired { get; init; }

    public required IReadOnlyList<ExpectationResult> Expectations { get; init; }

    public int ExpectationsPassed => Expectations.Count(e => e.Passed);

    public int ExpectationsFailed => Expectations.Count(e => !e.Passed);

    public required string Digest { get; init; }
}

/// <summary>One expectation of a scenario and how the run measured up to it.</summary>
public sealed record ExpectationResult(string Name, bool Passed, string Expected, string Actual);
