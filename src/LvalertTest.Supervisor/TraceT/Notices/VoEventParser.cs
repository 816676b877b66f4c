using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>
/// A GCN VOEvent 2.0 packet → <see cref="ParsedNotice"/>, field for field as TraceT's parser fills its Event row.
/// Notices outside the trigger pairs keep only what every notice has (telescope, type, id, time, position) and are
/// marked ignored. Beyond the original, every malformed value is a <see cref="NoticeFormatException"/> naming the
/// packet instead of a crash or a silent null, and an id TraceT would draw at random is derived from the packet.
/// </summary>
public static partial class VoEventParser
{
    public static ParsedNotice Parse(string packet, DateTimeOffset receivedAt, string source, IReadOnlyCollection<string>? triggerPairs = null)
    {
        ArgumentNullException.ThrowIfNull(packet);
        VoEventDocument v = VoEventDocument.Load(packet, source);
        string ivorn = v.Attribute("ivorn") ?? throw v.Error("the VOEvent has no ivorn");
        if (!ivorn.StartsWith("ivo://", StringComparison.Ordinal) || !ivorn.Contains('#', StringComparison.Ordinal))
        {
            throw v.Error($"ivorn '{ivorn}' is not of the form ivo://authority/name#id");
        }

        string telescope = IvornNames.Telescope(ivorn);
        string eventType = IvornNames.EventType(ivorn);
        string? sourceName = telescope switch
        {
            "SWIFT" => v.Text("Why", "Inference", "Name"),
            "MAXI" => v.Param("Source_Name")?.Trim(),
            _ => null,
        };
        (string trigId, bool selfGenerated) = TrigId(v, packet);
        (double? ra, double? dec, double? err) = Position(v);
        string? isoTime = v.Text("WhereWhen", "ObsDataLocation", "ObservationLocation", "AstroCoords", "Time", "TimeInstant", "ISOTime");
        var notice = new ParsedNotice
        {
            Ivorn = ivorn,
            Telescope = telescope,
            EventType = eventType,
            SourceName = sourceName,
            SourceType = SourceTypes.Of(telescope, eventType, sourceName, v),
            TrigId = trigId,
            SelfGeneratedTrigId = selfGenerated,
            Ra = ra,
            Dec = dec,
            PosError = err,
            RaHms = ra is { } r && dec is not null ? SkyAngles.Hours(r) : null,
            DecDms = dec is { } d && ra is not null ? SkyAngles.Degrees(d) : null,
            EventObserved = isoTime is null ? null : NoticeTimes.Parse(isoTime, source, "ISOTime"),
            Packet = packet,
        };

        string pair = $"{telescope}_{eventType}";
        if (!(triggerPairs ?? TriggerPairs.Default).Contains(pair))
        {
            return notice with { Ignored = true, IgnoreReason = $"{pair} is not a notice type TraceT triggers on" };
        }

        notice = telescope switch
        {
            "Fermi" => Fermi(v, notice),
            "SWIFT" => Swift(v, notice),
            "Antares" => notice with { AntaresRanking = v.Integer(v.Param("ranking"), "Antares ranking") ?? throw v.Error("an Antares alert has no ranking") },
            "HESS" => Hess(v, notice),
            "LVC" => Lvc(v, notice),
            _ => notice,
        };

        string role = v.Attribute("role") ?? throw v.Error("the VOEvent has no role");
        notice = notice with { Role = role };
        if (role == "test")
        {
            // TraceT dates a test event 0.1 h before its arrival, whatever the packet says.
            notice = notice with { EventObserved = receivedAt - NoticeTimes.TestEventAge };
        }

        if (v.Param("isRealAlert") is { } real && real.Trim().Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            notice = notice with { Ignored = true, IgnoreReason = "Antares says this is not a real alert" };
        }

        return notice;
    }

    private static (string Id, bool SelfGenerated) TrigId(VoEventDocument v, string packet)
    {
        foreach (string name in (string[])["TrigID", "AMON_ID", "GraceID"])
        {
            if (v.Param(name) is { } id && !string.IsNullOrWhiteSpace(id))
            {
                return (id.Trim(), false);
            }
        }

        // HESS notices name no trigger: the Swift notice they follow up ends in "_<trigid>-<serial>".
        if (v.FirstElement("EventIVORN", "cite", "followup") is { } followup && !string.IsNullOrWhiteSpace(followup.Value))
        {
            return (followup.Value.Trim().Split('_')[^1].Split('-')[0], false);
        }

        // TraceT draws 12 random digits; a digest of the packet gives the same id for the same packet, every run.
        ulong digest = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(packet)), 0);
        return ((digest % 1_000_000_000_000UL).ToString("D12", CultureInfo.InvariantCulture), true);
    }

    private static (double? Ra, double? Dec, double? Err) Position(VoEventDocument v)
    {
        string[] position2D = ["WhereWhen", "ObsDataLocation", "ObservationLocation", "AstroCoords", "Position2D"];
        string? c1 = v.Text([.. position2D, "Value2", "C1"]);
        string? c2 = v.Text([.. position2D, "Value2", "C2"]);
        string? error = v.Text([.. position2D, "Error2Radius"]);
        if (c1 is null || c2 is null || error is null)
        {
            return (null, null, null);
        }

        double ra = v.Number(c1, "RA (C1)")!.Value;
        double dec = v.Number(c2, "Dec (C2)")!.Value;
        double err = v.Number(error, "Error2Radius")!.Value;
        if (ra is < 0 or > 360 || dec is < -90 or > 90 || err < 0)
        {
            throw v.Error($"position RA {c1.Trim()} Dec {c2.Trim()} error {error.Trim()} is outside the sky (0 <= RA <= 360, |Dec| <= 90, error >= 0)");
        }

        return (ra, dec, err);
    }
}
