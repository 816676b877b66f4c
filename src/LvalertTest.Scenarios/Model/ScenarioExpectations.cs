namespace LvalertTest.Scenarios.Model;

/// <summary>What the run must show. Unset expectations are not checked.</summary>
public sealed record ScenarioExpectations(long? Events, long? Actions, string? Digest)
{
    /// <summary>E-mails that must have been sent (each with its count, default: at least one).</summary>
    public IReadOnlyList<EmailExpectation> Emails { get; init; } = [];

    /// <summary>Annotations the supervisor must have written (log entries tagged event_supervisor).</summary>
    public IReadOnlyList<AnnotationExpectation> Annotations { get; init; } = [];

    /// <summary>Supervisor items that must have been created.</summary>
    public IReadOnlyList<ItemExpectation> Items { get; init; } = [];

    /// <summary>Labels an event must carry at the end.</summary>
    public IReadOnlyList<LabelExpectation> Labels { get; init; } = [];

    /// <summary>Every supervisor queue is empty at the end (true), or must not be (false).</summary>
    public bool? QueueEmpty { get; init; }

    /// <summary>Upper bounds on percentiles of check latency (from event creation), by percentile (50, 95, ...).</summary>
    public IReadOnlyList<LatencyBound> Latency { get; init; } = [];

    /// <summary>Exact totals by name: emails, annotations, checks, checks_failed, alerts, errors, items.</summary>
    public IReadOnlyList<CountExpectation> Counts { get; init; } = [];
}

/// <summary>A virtual-time window after the scenario's start; either end may be open.</summary>
public sealed record TimeWindow(TimeSpan? From, TimeSpan? Until)
{
    public static TimeWindow Always { get; } = new(null, null);

    public bool Contains(TimeSpan offset) => (From is not { } from || offset >= from) && (Until is not { } until || offset <= until);

    public override string ToString() => From is null && Until is null ? "any time" : $"within [{Show(From)}, {Show(Until)}]";

    private static string Show(TimeSpan? t) => t is { } value ? $"{value.TotalSeconds:0.###}s" : "-";
}

/// <param name="Subject">The exact subject, or null.</param>
/// <param name="SubjectContains">A fragment of the subject, or null.</param>
/// <param name="To">Recipients that must all be among the e-mail's.</param>
/// <param name="GraceId">The e-mail must name this GraceID in its subject.</param>
/// <param name="Count">Exactly this many; null: at least one.</param>
public sealed record EmailExpectation(string? Subject, string? SubjectContains, IReadOnlyList<string> To, string? GraceId, TimeWindow Window, long? Count);

/// <param name="Text">The exact annotation, or null.</param>
/// <param name="Contains">A fragment of it, or null.</param>
public sealed record AnnotationExpectation(string? GraceId, string? Text, string? Contains, TimeWindow Window, long? Count);

/// <param name="Item">The item's name (its config section, e.g. "bayestar start").</param>
public sealed record ItemExpectation(string? GraceId, string Item, long? Count);

public sealed record LabelExpectation(string GraceId, IReadOnlyList<string> Labels, IReadOnlyList<string> Absent);

/// <param name="Percentile">In (0, 100].</param>
public sealed record LatencyBound(double Percentile, TimeSpan AtMost);

public sealed record CountExpectation(string Name, long Value);
