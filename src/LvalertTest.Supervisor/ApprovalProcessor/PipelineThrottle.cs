namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>One event a throttle counts: its GraceID, gpstime and receipt time.</summary>
public sealed record ThrottledEvent(string GraceId, double GpsTime, DateTimeOffset Received);

/// <summary>
/// A pipeline throttle (reference §2.7): events of one <c>Group_pipeline[_search]</c> received within
/// <c>throttleWin</c>; more than <c>Nthr</c> distinct triggers (gpstimes further apart than <c>grouperWin</c>) turn
/// it on. Plain data, so a checkpoint is a JSON copy.
/// </summary>
public sealed class PipelineThrottle
{
    public string Key { get; set; } = string.Empty;

    public ThrottleSettings Settings { get; set; } = new(3600, 1e-5, false, 0.9999);

    public double GrouperWindow { get; set; } = 3;

    public List<ThrottledEvent> Events { get; set; } = [];

    public bool IsThrottled { get; set; }

    /// <summary><c>Group_pipeline_search</c>, or <c>Group_pipeline</c> without a search.</summary>
    public static string KeyFor(string group, string pipeline, string? search) =>
        string.IsNullOrEmpty(search) ? $"{group}_{pipeline}" : $"{group}_{pipeline}_{search}";

    /// <summary>
    /// Adds an event and returns the GraceIDs to label EM_Throttled: the new one if the throttle was on, every event in
    /// the window if this one turns it on, none otherwise. An event already counted (a second copy of its alert) is ignored.
    /// </summary>
    public IReadOnlyList<string> Add(ThrottledEvent added)
    {
        ArgumentNullException.ThrowIfNull(added);
        if (Events.Any(e => e.GraceId == added.GraceId))
        {
            return [];
        }

        Expire(added.Received);
        Events.Add(added);
        if (IsThrottled)
        {
            return [added.GraceId];
        }

        IsThrottled = DistinctTriggers() > Settings.Threshold;
        return IsThrottled ? Events.Select(e => e.GraceId).ToList() : [];
    }

    /// <summary>
    /// Drops events older than one window (unless on and waiting for a manual reset); returns when to look again,
    /// or null when nothing is left to count. Labels are never removed when the throttle releases.
    /// </summary>
    public DateTimeOffset? Expire(DateTimeOffset now)
    {
        if (IsThrottled && Settings.RequireManualReset)
        {
            return DateTimeOffset.MaxValue;
        }

        TimeSpan window = TimeSpan.FromSeconds(Settings.WindowSeconds);
        Events.RemoveAll(e => e.Received + window <= now);
        if (Events.Count == 0)
        {
            IsThrottled = false;
            return null;
        }

        IsThrottled = DistinctTriggers() > Settings.Threshold;
        return Events.Min(e => e.Received) + window;
    }

    /// <summary>
    /// Triggers counted once per cluster: an event within grouperWin of any trigger already counted is not new. The
    /// original compared with the first counted trigger it met in dict order only (B10).
    /// </summary>
    public int DistinctTriggers()
    {
        var counted = new List<double>();
        foreach (ThrottledEvent e in Events)
        {
            if (!counted.Any(gps => Math.Abs(gps - e.GpsTime) <= GrouperWindow))
            {
                counted.Add(e.GpsTime);
            }
        }

        return counted.Count;
    }
}
