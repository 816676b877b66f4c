namespace LvalertTest.Reports.Soak;

/// <summary>
/// One simulated hour of a soak: what happened in it, the supervisor's queue depth when it ended, the check latency
/// percentiles of the checks that finished in it (null when none did), and the wall seconds spent so far.
/// </summary>
public sealed record HourMetrics(
    DateTimeOffset Hour,
    long Events,
    long Alerts,
    long Writes,
    long QueueDepth,
    long Emails,
    long Checks,
    double? LatencyP50,
    double? LatencyP95,
    double? LatencyP99,
    double WallSeconds);
