using System.Globalization;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Notices;

/// <summary>
/// GCN notice sequences for gamma-ray bursts, each a pure function of its stream. Fermi GBM: alert (no position),
/// flight position with the burst's timescale and classification, ground position, final position, each
/// re-localising the last; with <c>pointingUpdate</c> the final position jumps 15-25° (beyond a 10° repointing limit).
/// Swift: BAT position (integration time, rate significance, GRB name), XRT and UVOT refinements.
/// </summary>
public static class GrbNotices
{
    private static readonly double[] FermiTimescales = [0.064, 0.256, 0.512, 1.024, 2.048, 4.096];
    private static readonly double[] SwiftIntegrations = [0.256, 0.512, 1.024, 4.096, 16.384, 64];

    public static IReadOnlyList<TimedNotice> Fermi(RandomStream s, DateTimeOffset burst, SkyPosition? at = null, double? timescale = null, bool pointingUpdate = false)
    {
        ArgumentNullException.ThrowIfNull(s);
        long trigId = 500_000_000 + s.NextIndex(400_000_000);
        double scale = timescale ?? FermiTimescales[s.NextIndex(FermiTimescales.Length)];
        int probability = 50 + s.NextIndex(51);
        SkyPosition flight = at ?? SkyPosition.Random(s, s.Uniform(8, 15));
        SkyPosition ground = flight.Refined(s, 3, s.Uniform(3, 8));
        SkyPosition final = pointingUpdate ? Jump(s, ground) : ground.Refined(s, 1, s.Uniform(1, 3));
        string iso = burst.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ff", CultureInfo.InvariantCulture);
        string Ivorn(string type, int seq, int serial) => FormattableString.Invariant($"ivo://nasa.gsfc.gcn/Fermi#{type}{(type == "GBM_Fin_Pos" ? string.Empty : "_")}{iso}_{trigId}_{seq}-{serial:000}");
        string alertIvorn = Ivorn("GBM_Alert", 1, s.NextIndex(1000));
        VoEventText Notice(string type, int seq, int packetType) =>
            new VoEventText(Ivorn(type, seq, s.NextIndex(1000)), "observation").Param("Packet_Type", packetType).Param("TrigID", trigId).Param("Sequence_Num", seq);

        return
        [
            new(TimeSpan.FromSeconds(5), "gcn.classic.voevent.FERMI_GBM_ALERT", new VoEventText(alertIvorn, "observation").Param("Packet_Type", 110).Param("TrigID", trigId).Param("Sequence_Num", 1).At(burst, (0, 0, 0)).ToString()),
            new(TimeSpan.FromSeconds(20), "gcn.classic.voevent.FERMI_GBM_FLT_POS", Notice("GBM_Flt_Pos", 45, 111)
                .Param("Trig_Timescale", scale).Param("Most_Likely_Index", 4).Param("Most_Likely_Prob", probability).At(burst, flight.Tuple).Citing(alertIvorn).ToString()),
            new(TimeSpan.FromSeconds(45), "gcn.classic.voevent.FERMI_GBM_GND_POS", Notice("GBM_Gnd_Pos", 57, 112).At(burst, ground.Tuple).Citing(alertIvorn).ToString()),
            new(TimeSpan.FromMinutes(10), "gcn.classic.voevent.FERMI_GBM_FIN_POS", Notice("GBM_Fin_Pos", 0, 115).At(burst, final.Tuple).Citing(alertIvorn).ToString()),
        ];
    }

    public static IReadOnlyList<TimedNotice> Swift(RandomStream s, DateTimeOffset burst, SkyPosition? at = null, double? integration = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        long trigId = 1_000_000 + s.NextIndex(300_000);
        double integ = integration ?? SwiftIntegrations[s.NextIndex(SwiftIntegrations.Length)];
        double significance = Math.Round(s.Uniform(8, 30), 2);
        SkyPosition bat = at ?? SkyPosition.Random(s, 0.05);
        SkyPosition xrt = bat.Refined(s, 0.03, 0.0015);
        SkyPosition uvot = xrt.Refined(s, 0.001, 0.0002);
        string name = "GRB " + burst.UtcDateTime.ToString("yyMMdd", CultureInfo.InvariantCulture);
        string Ivorn(string type) => FormattableString.Invariant($"ivo://nasa.gsfc.gcn/SWIFT#{type}_{trigId}-{s.NextIndex(1000):000}");
        string batIvorn = Ivorn("BAT_GRB_Pos");
        return
        [
            new(TimeSpan.FromSeconds(15), "gcn.classic.voevent.SWIFT_BAT_GRB_POS_ACK", new VoEventText(batIvorn, "observation")
                .Param("Packet_Type", 61).Param("TrigID", trigId).Param("Integ_Time", integ).Param("Rate_Signif", significance)
                .Group("Solution_Status", ("GRB_Identified", "true"), ("StarTrack_Lost_Lock", "false")).At(burst, bat.Tuple).Named(name).ToString()),
            new(TimeSpan.FromSeconds(90), "gcn.classic.voevent.SWIFT_XRT_POSITION", new VoEventText(Ivorn("XRT_Pos"), "observation")
                .Param("Packet_Type", 67).Param("TrigID", trigId).At(burst, xrt.Tuple).Citing(batIvorn).ToString()),
            new(TimeSpan.FromMinutes(15), "gcn.classic.voevent.SWIFT_UVOT_POS", new VoEventText(Ivorn("UVOT_Pos"), "observation")
                .Param("Packet_Type", 81).Param("TrigID", trigId).At(burst, uvot.Tuple).Citing(batIvorn).ToString()),
        ];
    }

    private static SkyPosition Jump(RandomStream s, SkyPosition from)
    {
        double distance = s.Uniform(15, 25);
        double dec = from.Dec + (from.Dec > 0 ? -distance : distance);
        return new SkyPosition(from.Ra, Math.Round(dec, 4), Math.Round(s.Uniform(1, 3), 4));
    }
}
