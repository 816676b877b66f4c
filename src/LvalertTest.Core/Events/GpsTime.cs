namespace LvalertTest.Core.Events;

/// <summary>GPS seconds ↔ UTC, with the leap seconds since the GPS epoch (1980-01-06) up to the last announced (2017).</summary>
public static class GpsTime
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 6, 0, 0, 0, TimeSpan.Zero);

    // UTC instants at which GPS − UTC grew by one second.
    private static readonly DateTimeOffset[] LeapSeconds =
    [
        new(1981, 7, 1, 0, 0, 0, TimeSpan.Zero), new(1982, 7, 1, 0, 0, 0, TimeSpan.Zero), new(1983, 7, 1, 0, 0, 0, TimeSpan.Zero),
        new(1985, 7, 1, 0, 0, 0, TimeSpan.Zero), new(1988, 1, 1, 0, 0, 0, TimeSpan.Zero), new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero),
        new(1991, 1, 1, 0, 0, 0, TimeSpan.Zero), new(1992, 7, 1, 0, 0, 0, TimeSpan.Zero), new(1993, 7, 1, 0, 0, 0, TimeSpan.Zero),
        new(1994, 7, 1, 0, 0, 0, TimeSpan.Zero), new(1996, 1, 1, 0, 0, 0, TimeSpan.Zero), new(1997, 7, 1, 0, 0, 0, TimeSpan.Zero),
        new(1999, 1, 1, 0, 0, 0, TimeSpan.Zero), new(2006, 1, 1, 0, 0, 0, TimeSpan.Zero), new(2009, 1, 1, 0, 0, 0, TimeSpan.Zero),
        new(2012, 7, 1, 0, 0, 0, TimeSpan.Zero), new(2015, 7, 1, 0, 0, 0, TimeSpan.Zero), new(2017, 1, 1, 0, 0, 0, TimeSpan.Zero),
    ];

    public static double FromUtc(DateTimeOffset utc)
    {
        int leaps = LeapSeconds.Count(l => l <= utc);
        return (utc - Epoch).TotalSeconds + leaps;
    }

    public static DateTimeOffset ToUtc(double gps)
    {
        DateTimeOffset naive = Epoch.AddTicks((long)Math.Round(gps * TimeSpan.TicksPerSecond));
        int leaps = LeapSeconds.Count(l => l.AddSeconds(LeapSeconds.Count(x => x < l)) <= naive);
        return naive.AddSeconds(-leaps);
    }
}
