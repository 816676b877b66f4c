using LvalertTest.Core.Alerts;

namespace LvalertTest.Replay.Running;

/// <summary>How to replay: the alert dialect, and how long the clock may run on for pending checks.</summary>
public sealed record ReplayOptions
{
    public AlertDialect Dialect { get; init; } = AlertDialect.Legacy;

    /// <summary>
    /// After the last step the clock runs on until every pending check has expired, but no longer than this past the
    /// event's creation (the shipped configs wait at most a week; anything that re-arms for ever is cut off here).
    /// </summary>
    public TimeSpan Horizon { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The supervisor reaches the replayed store over GraceDb's REST API on 127.0.0.1 instead of in process.</summary>
    public bool OverHttp { get; init; }
}
