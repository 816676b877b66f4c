using System.Collections.Immutable;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Uploads;

/// <summary>
/// The trigger's own numbers that a pipeline upload carries beyond time, FAR and instruments, and that the server
/// copies into the event's <c>extra_attributes</c>: SNR per instrument, masses (CBC), frequency, bandwidth and
/// duration (bursts), oLIB's Bayes factors. Drawn as the original generators drew them.
/// </summary>
public sealed record UploadDetails(
    ImmutableSortedDictionary<string, double> Snr,
    double Mass1,
    double Mass2,
    double Frequency,
    double Bandwidth,
    double Duration,
    double Bci,
    double Bsn)
{
    /// <summary>The network SNR: the quadrature sum of the instruments' SNRs.</summary>
    public double NetworkSnr => Math.Sqrt(Snr.Values.Sum(s => s * s));

    /// <summary>The chirp mass of <see cref="Mass1"/> and <see cref="Mass2"/>.</summary>
    public double ChirpMass => Math.Pow(Mass1 * Mass2, 0.6) / Math.Pow(Mass1 + Mass2, 0.2);

    /// <summary>
    /// The original's draws: SNR max(N(8,1),5) per instrument; masses N(1.4,0.1); frequency max(N(300,50),10);
    /// bandwidth max(N(100,10),10); duration max(N(0.010,0.001),0.001); BCI max(N(10,3),0); BSN max(N(50,10),0).
    /// Every number is drawn whatever the pipeline, so the draws do not depend on which ones a format uses.
    /// </summary>
    public static UploadDetails Draw(RandomStream stream, IEnumerable<string> instruments)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(instruments);
        var snr = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (string ifo in instruments)
        {
            snr[ifo] = Math.Max(5, stream.NormalClippedAtZero(8, 1));
        }

        double mass1 = stream.NormalClippedAtZero(1.4, 0.1);
        double mass2 = stream.NormalClippedAtZero(1.4, 0.1);
        return new UploadDetails(
            snr.ToImmutable(),
            Math.Max(mass1, mass2),
            Math.Min(mass1, mass2),
            Math.Max(10, stream.NormalClippedAtZero(300, 50)),
            Math.Max(10, stream.NormalClippedAtZero(100, 10)),
            Math.Max(0.001, stream.NormalClippedAtZero(0.010, 0.001)),
            stream.NormalClippedAtZero(10, 3),
            stream.NormalClippedAtZero(50, 10));
    }
}
