using System.Globalization;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Notices;

/// <summary>Neutrino alerts: an Antares alert with its ranking (1 best, 3 worst), or an IceCube gold event via AMON.</summary>
public static class NeutrinoNotices
{
    public static TimedNotice Antares(RandomStream s, DateTimeOffset detected, int? ranking = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        long trigId = 1_400_000_000 + s.NextIndex(100_000_000);
        return new TimedNotice(TimeSpan.FromSeconds(15), "gcn.classic.voevent.ANTARES_ALERT", new VoEventText(FormattableString.Invariant($"ivo://nasa.gsfc.gcn/Antares_Alert#{trigId}"), "observation")
            .Param("TrigID", trigId).Param("isRealAlert", "true").Param("ranking", ranking ?? 1 + s.NextIndex(3))
            .At(detected, SkyPosition.Random(s, s.Uniform(0.2, 0.6)).Tuple).ToString());
    }

    public static TimedNotice IceCube(RandomStream s, DateTimeOffset detected)
    {
        ArgumentNullException.ThrowIfNull(s);
        long run = 130_000 + s.NextIndex(10_000);
        long eventId = 10_000_000 + s.NextIndex(90_000_000);
        string iso = detected.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ff", CultureInfo.InvariantCulture);
        return new TimedNotice(TimeSpan.FromSeconds(40), "gcn.classic.voevent.AMON_ICECUBE_GOLD", new VoEventText(FormattableString.Invariant($"ivo://nasa.gsfc.gcn/AMON#ICECUBE_GOLD_Event{iso}_24_{run}_{eventId:000000000}_0"), "observation")
            .Param("AMON_ID", FormattableString.Invariant($"{run}{eventId:00000000}")).Param("signalness", Math.Round(s.Uniform(0.5, 1), 4))
            .At(detected, SkyPosition.Random(s, s.Uniform(0.3, 1.5)).Tuple).ToString());
    }
}
