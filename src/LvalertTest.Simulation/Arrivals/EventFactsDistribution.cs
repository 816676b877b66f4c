using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using LvalertTest.Simulation.Generators;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Arrivals;

/// <summary>
/// Where a generated event's FAR and instruments come from: log10(FAR) by inverse transform of an empirical quantile
/// table (linear between the 5 % quantiles), instruments by their observed frequencies. <see cref="Default"/> holds the
/// numbers measured on GraceDb's public superevent listing (tests/fixtures/gracedb-public/superevents-listing.json,
/// 100 superevents; <see cref="FromSupereventsListing"/> recomputes them, and a test checks they agree).
/// </summary>
public sealed record EventFactsDistribution(ImmutableArray<double> Log10FarQuantiles, ImmutableArray<KeyValuePair<string, int>> InstrumentCounts)
{
    /// <summary>The quantile levels of <see cref="Log10FarQuantiles"/>: 0, 0.05, ..., 1.</summary>
    public const int QuantileSteps = 20;

    public static EventFactsDistribution Default { get; } = new(
        [
            -15.285926, -15.285926, -15.285926, -15.285926, -15.285926, -13.168354, -13.040448, -13.040448, -13.040448, -13.040448, -13.040448,
            -13.040448, -13.040448, -13.040448, -13.040448, -13.040448, -13.040448, -13.040448, -13.022529, -12.861257, -4.669056,
        ],
        [new("H1,L1", 62), new("H1,L1,V1", 21), new("H1,V1", 6), new("L1", 1), new("L1,V1", 10)]);

    /// <summary>Measures the distribution on a GraceDb superevent listing (<c>{"superevents":[{"far":…,"preferred_event_data":{"instruments":…}}]}</c>).</summary>
    public static EventFactsDistribution FromSupereventsListing(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = JsonDocument.Parse(json);
        var logFars = new List<double>();
        var instruments = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonElement superevent in document.RootElement.GetProperty("superevents").EnumerateArray())
        {
            if (superevent.TryGetProperty("far", out JsonElement far) && far.ValueKind == JsonValueKind.Number && far.GetDouble() > 0)
            {
                logFars.Add(Math.Log10(far.GetDouble()));
            }

            if (superevent.TryGetProperty("preferred_event_data", out JsonElement preferred)
                && preferred.TryGetProperty("instruments", out JsonElement ifos) && ifos.GetString() is { Length: > 0 } list)
            {
                instruments[list] = instruments.GetValueOrDefault(list) + 1;
            }
        }

        if (logFars.Count == 0 || instruments.Count == 0)
        {
            throw new FormatException("the listing has no superevent with a FAR and instruments");
        }

        logFars.Sort();
        var quantiles = Enumerable.Range(0, QuantileSteps + 1).Select(k => Quantile(logFars, (double)k / QuantileSteps)).ToImmutableArray();
        return new EventFactsDistribution(quantiles, [.. instruments]);
    }

    /// <summary>The facts of an event at <paramref name="gpsTime"/>; both numbers are drawn every time.</summary>
    public EventFacts Draw(RandomStream stream, double gpsTime)
    {
        ArgumentNullException.ThrowIfNull(stream);
        double u = stream.NextDouble();
        int which = stream.WeightedIndex(InstrumentCounts.Select(c => (double)c.Value).ToArray());
        double position = u * QuantileSteps;
        int i = Math.Min((int)position, QuantileSteps - 1);
        double log10Far = Log10FarQuantiles[i] + ((Log10FarQuantiles[i + 1] - Log10FarQuantiles[i]) * (position - i));
        return new EventFacts(gpsTime, Math.Pow(10, log10Far), InstrumentCounts[which].Key.Split(','));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"log10 FAR median {Log10FarQuantiles[QuantileSteps / 2]}, instruments {string.Join(", ", InstrumentCounts.Select(c => $"{c.Key}:{c.Value}"))}");

    // Linear interpolation between order statistics (numpy's default quantile).
    private static double Quantile(List<double> sorted, double level)
    {
        double x = level * (sorted.Count - 1);
        int i = (int)Math.Floor(x);
        return i + 1 >= sorted.Count ? sorted[i] : sorted[i] + ((sorted[i + 1] - sorted[i]) * (x - i));
    }
}
