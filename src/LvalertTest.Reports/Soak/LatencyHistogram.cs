namespace LvalertTest.Reports.Soak;

/// <summary>
/// Check latencies of a whole run in fixed logarithmic buckets (about 2 % wide, 1 ms to ~10 days), so a year of checks
/// costs a few kilobytes. Percentiles are read as the upper edge of the bucket holding the nearest rank, which is
/// deterministic for a seed and within one bucket width of the exact value.
/// </summary>
public sealed class LatencyHistogram
{
    /// <summary>The smallest latency told apart from zero, in seconds.</summary>
    public const double Floor = 0.001;

    private const double Growth = 1.02;
    private const int BucketCount = 1000;

    // Bucket 0 holds [0, Floor); bucket i holds [Floor·Growth^(i-1), Floor·Growth^i); the last also holds everything above.
    private readonly long[] _counts = new long[BucketCount];

    public long Count { get; private set; }

    public void Add(double seconds)
    {
        _counts[BucketOf(seconds)]++;
        Count++;
    }

    /// <summary>The nearest-rank percentile (in (0, 100]) as its bucket's upper edge; null with no sample.</summary>
    public double? Percentile(double percentile)
    {
        if (!(percentile > 0 && percentile <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "must be in (0, 100]");
        }

        if (Count == 0)
        {
            return null;
        }

        long rank = Math.Max(1, (long)Math.Ceiling(percentile / 100 * Count));
        long seen = 0;
        for (int i = 0; i < BucketCount; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return UpperEdge(i);
            }
        }

        return UpperEdge(BucketCount - 1);
    }

    /// <summary>The non-empty buckets as (lower edge, upper edge, count), in ascending order.</summary>
    public IReadOnlyList<(double Lower, double Upper, long Count)> Buckets()
    {
        var buckets = new List<(double, double, long)>();
        for (int i = 0; i < BucketCount; i++)
        {
            if (_counts[i] > 0)
            {
                buckets.Add((i == 0 ? 0 : UpperEdge(i - 1), UpperEdge(i), _counts[i]));
            }
        }

        return buckets;
    }

    private static int BucketOf(double seconds)
    {
        if (!(seconds >= Floor))
        {
            return 0;
        }

        int index = 1 + (int)Math.Floor(Math.Log(seconds / Floor) / Math.Log(Growth));
        return Math.Min(index, BucketCount - 1);
    }

    private static double UpperEdge(int bucket) => Floor * Math.Pow(Growth, bucket);
}
