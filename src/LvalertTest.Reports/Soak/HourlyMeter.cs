namespace LvalertTest.Reports.Soak;

/// <summary>
/// Counts a run as it goes, in simulated hours: each hour closes (and goes to <see cref="HourClosed"/>) when the first
/// thing after it happens, or at <see cref="Finish"/>. Memory stays the size of one hour's latencies plus the
/// whole-run histogram, however long the run.
/// </summary>
public sealed class HourlyMeter
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly Func<long> _queueDepth;
    private readonly Func<double> _wallSeconds;
    private readonly List<double> _hourLatencies = [];
    private DateTimeOffset _hourStart;
    private long _events;
    private long _alerts;
    private long _writes;
    private long _emails;

    /// <param name="start">The run's simulated start: hours count from it.</param>
    /// <param name="queueDepth">Items waiting in the supervisor's queues now (0 without one).</param>
    /// <param name="wallSeconds">Wall seconds since the run began (reports only; never feeds the simulation).</param>
    public HourlyMeter(DateTimeOffset start, Func<long> queueDepth, Func<double> wallSeconds)
    {
        _hourStart = start;
        _queueDepth = queueDepth;
        _wallSeconds = wallSeconds;
    }

    /// <summary>Receives every hour as it closes, in order.</summary>
    public event Action<HourMetrics>? HourClosed;

    /// <summary>Every check latency of the run.</summary>
    public LatencyHistogram Latencies { get; } = new();

    public long HoursClosed { get; private set; }

    public void Event(DateTimeOffset now)
    {
        Advance(now);
        _events++;
    }

    public void Alert(DateTimeOffset now)
    {
        Advance(now);
        _alerts++;
    }

    public void Write(DateTimeOffset now)
    {
        Advance(now);
        _writes++;
    }

    public void Email(DateTimeOffset now)
    {
        Advance(now);
        _emails++;
    }

    /// <summary>A finished check; only those with a latency enter the percentiles.</summary>
    public void Check(DateTimeOffset now, TimeSpan? latency)
    {
        Advance(now);
        if (latency is { } l)
        {
            _hourLatencies.Add(l.TotalSeconds);
            Latencies.Add(l.TotalSeconds);
        }
    }

    /// <summary>Closes every hour that ended at or before <paramref name="now"/>.</summary>
    public void Advance(DateTimeOffset now)
    {
        while (now >= _hourStart + Hour)
        {
            Close();
        }
    }

    /// <summary>Closes the hours up to <paramref name="end"/>, and the last, partial one.</summary>
    public void Finish(DateTimeOffset end)
    {
        Advance(end);
        Close();
    }

    private void Close()
    {
        double?[] percentiles = [null, null, null];
        if (_hourLatencies.Count > 0)
        {
            _hourLatencies.Sort();
            percentiles = [Percentiles.NearestRank(_hourLatencies, 50), Percentiles.NearestRank(_hourLatencies, 95), Percentiles.NearestRank(_hourLatencies, 99)];
        }

        var hour = new HourMetrics(_hourStart, _events, _alerts, _writes, _queueDepth(), _emails, _hourLatencies.Count, percentiles[0], percentiles[1], percentiles[2], _wallSeconds());
        HoursClosed++;
        _hourStart += Hour;
        _events = _alerts = _writes = _emails = 0;
        _hourLatencies.Clear();
        HourClosed?.Invoke(hour);
    }
}
