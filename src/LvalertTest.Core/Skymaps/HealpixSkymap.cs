namespace LvalertTest.Core.Skymaps;

/// <summary>
/// A HEALPix sky map as read from FITS: the probability per pixel, the resolution, the pixel ordering
/// (<c>RING</c> or <c>NESTED</c>) and the coordinate system (<c>C</c> equatorial, <c>G</c> galactic, <c>E</c>
/// ecliptic; null when the file does not say).
/// </summary>
public sealed record HealpixSkymap(int Nside, string Ordering, string? CoordSys, IReadOnlyList<double> Probabilities)
{
    /// <summary>The number of pixels of a HEALPix map of this resolution, 12·NSIDE².</summary>
    public static long PixelCount(long nside) => 12 * nside * nside;

    /// <summary>The total probability (a normalised map sums to 1).</summary>
    public double Sum()
    {
        // Compensated summation, so the check measures the file, not the rounding of a long sum.
        double sum = 0, compensation = 0;
        foreach (double p in Probabilities)
        {
            double y = p - compensation;
            double t = sum + y;
            compensation = t - sum - y;
            sum = t;
        }

        return sum;
    }
}
