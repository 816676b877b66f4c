namespace LvalertTest.Reports.Soak;

/// <summary>Percentiles of a sample, by nearest rank (a value that occurred, so "p95 = 120 s" names a real check).</summary>
public static class Percentiles
{
    /// <param name="sorted">The sample in ascending order, not empty.</param>
    /// <param name="percentile">In (0, 100].</param>
    public static double NearestRank(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("the sample is empty", nameof(sorted));
        }

        if (!(percentile > 0 && percentile <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "must be in (0, 100]");
        }

        int rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
