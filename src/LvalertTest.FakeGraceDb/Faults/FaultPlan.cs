using LvalertTest.Core.GraceDb;

namespace LvalertTest.FakeGraceDb.Faults;

/// <summary>The GraceDb calls, for aiming faults at some of them.</summary>
public enum GraceDbOperation
{
    CreateEvent,
    Event,
    Events,
    WriteLog,
    Logs,
    Labels,
    AddLabel,
    RemoveLabel,
    Files,
    FileContents,
    CreateSignoff,
    Signoffs,
    CreateVoEvent,
    VoEvents,
}

/// <summary>
/// One kind of failure: the status the real service would answer (408, 409, 429, 500, 502, 503, 504, or
/// <see cref="GraceDbTransientException.ConnectionReset"/>), for some operations (all when empty), with a
/// probability per call, optionally only inside a time window.
/// </summary>
public sealed record FaultRule(int Status, double Probability, IReadOnlyList<GraceDbOperation>? Operations = null, DateTimeOffset? From = null, DateTimeOffset? Until = null)
{
    private static readonly int[] KnownStatuses = [GraceDbTransientException.ConnectionReset, 408, 409, 429, 500, 502, 503, 504];

    public void Validate()
    {
        if (!KnownStatuses.Contains(Status))
        {
            throw new ArgumentOutOfRangeException(nameof(Status), Status, $"a fault status must be one of {string.Join(", ", KnownStatuses)} (0 = connection reset)");
        }

        if (!(Probability >= 0 && Probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Probability), Probability, "a fault probability must be in [0, 1]");
        }

        if (From > Until)
        {
            throw new ArgumentOutOfRangeException(nameof(From), From, "a fault window must not end before it starts");
        }
    }

    public bool Applies(GraceDbOperation operation, DateTimeOffset now) =>
        (Operations is null || Operations.Count == 0 || Operations.Contains(operation))
        && (From is null || now >= From) && (Until is null || now < Until);
}

/// <summary>The faults of a run: failure rules, checked in order (the first that fires wins), and latency per call.</summary>
public sealed record FaultPlan(IReadOnlyList<FaultRule> Rules, TimeSpan MeanLatency = default, TimeSpan LatencyJitter = default)
{
    public static FaultPlan None { get; } = new([]);
}
