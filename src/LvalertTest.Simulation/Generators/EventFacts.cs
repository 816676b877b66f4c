using System.Collections.Immutable;

namespace LvalertTest.Simulation.Generators;

/// <summary>What every generator of one event knows about it: its GPS time, FAR (Hz) and instruments.</summary>
public sealed record EventFacts
{
    public EventFacts(double gpsTime, double far, IEnumerable<string> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        if (!double.IsFinite(gpsTime) || gpsTime < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(gpsTime), gpsTime, "a GPS time is a finite number of seconds >= 0");
        }

        if (!(far > 0) || double.IsInfinity(far))
        {
            throw new ArgumentOutOfRangeException(nameof(far), far, "a FAR is a positive rate in Hz");
        }

        GpsTime = gpsTime;
        Far = far;
        Instruments = [.. instruments];
        if (Instruments.IsEmpty)
        {
            throw new ArgumentException("an event needs at least one instrument", nameof(instruments));
        }
    }

    public double GpsTime { get; }

    public double Far { get; }

    /// <summary>Instruments in the order given (H1, L1, V1 ...).</summary>
    public ImmutableArray<string> Instruments { get; }

    /// <summary>The instruments as GraceDb lists them: <c>H1,L1</c>.</summary>
    public string InstrumentList => string.Join(',', Instruments);
}
