namespace LvalertTest.Simulation.Arrivals;

/// <summary>How events arrive: exponential gaps (a Poisson process) or a fixed gap, at a rate.</summary>
public enum ArrivalKind
{
    Poisson,
    Uniform,
}

/// <summary>
/// An arrival process, bounded by a count or by a duration (exactly one). As in the original simulator the
/// first event arrives at offset zero; the following gaps are drawn at the rate.
/// </summary>
public sealed record ArrivalProcess
{
    public ArrivalProcess(ArrivalKind kind, double ratePerSecond, int? count = null, TimeSpan? duration = null)
    {
        if (!(ratePerSecond > 0) || double.IsInfinity(ratePerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(ratePerSecond), ratePerSecond, "the arrival rate must be positive and finite");
        }

        if (count.HasValue == duration.HasValue)
        {
            throw new ArgumentException("give exactly one of a count or a duration");
        }

        if (count is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "the count must be zero or more");
        }

        if (duration is { } d && d <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "the duration must be positive");
        }

        Kind = kind;
        RatePerSecond = ratePerSecond;
        Count = count;
        Duration = duration;
    }

    public ArrivalKind Kind { get; }

    public double RatePerSecond { get; }

    public int? Count { get; }

    public TimeSpan? Duration { get; }

    /// <summary>Arrival offsets from the run's start, in order, drawn lazily from <paramref name="stream"/>.</summary>
    public IEnumerable<TimeSpan> Offsets(Randomness.RandomStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        double seconds = 0;
        for (long i = 0; Count is null || i < Count; i++)
        {
            if (i > 0)
            {
                seconds += Kind == ArrivalKind.Poisson ? stream.Exponential(RatePerSecond) : 1 / RatePerSecond;
            }

            TimeSpan offset = TimeSpan.FromTicks(checked((long)Math.Round(seconds * TimeSpan.TicksPerSecond)));
            if (Duration is { } limit && offset >= limit)
            {
                yield break;
            }

            yield return offset;
        }
    }
}
