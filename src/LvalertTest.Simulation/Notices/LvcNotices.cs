using System.Globalization;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Notices;

/// <summary>How LVC notices are written: GCN Classic VOEvents, or O4 igwn JSON alerts.</summary>
public enum LvcNoticeFormat
{
    VoEvent,
    IgwnJson,
}

/// <summary>
/// The public notices of a simulated GraceDb event (its time, FAR, detectors, group and pipeline), as a function of
/// the stream: Preliminary (about half a minute after the event was created), Initial (within hours) and Update (about
/// a day later); or, when retracted, the Preliminary then a Retraction minutes later. Classification probabilities
/// are drawn and sum to one. Times are relative to the event's creation.
/// </summary>
public static class LvcNotices
{
    public const string ServiceUrl = "https://gracedb.ligo.org/";

    public static IReadOnlyList<TimedNotice> FromEvent(GraceEvent e, string supereventId, RandomStream s, bool retracted = false, LvcNoticeFormat format = LvcNoticeFormat.VoEvent)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(s);
        double[] weights = [s.NextDouble(), s.NextDouble(), s.NextDouble(), s.NextDouble() * 0.5];
        double total = weights.Sum();
        var classes = new Classification(Round(weights[0] / total), Round(weights[1] / total), Round(weights[2] / total), Round(weights[3] / total));
        var content = new LvcContent(e, supereventId, classes, e.GpsTime is { } gps ? GpsTime.ToUtc(gps) : e.Created, e.Group == "Test" ? "test" : "observation");
        TimeSpan preliminary = TimeSpan.FromSeconds(20 + s.Uniform(0, 30));
        var sequence = new List<(TimeSpan Dt, string Type)> { (preliminary, "Preliminary") };
        if (retracted)
        {
            sequence.Add((preliminary + TimeSpan.FromMinutes(s.Uniform(5, 30)), "Retraction"));
        }
        else
        {
            sequence.Add((preliminary + TimeSpan.FromHours(s.Uniform(0.5, 4)), "Initial"));
            sequence.Add((preliminary + TimeSpan.FromHours(s.Uniform(20, 30)), "Update"));
        }

        return sequence.Select((n, i) => new TimedNotice(
                n.Dt,
                format == LvcNoticeFormat.VoEvent ? $"gcn.classic.voevent.LVC_{n.Type.ToUpperInvariant()}" : "igwn.gwalert",
                format == LvcNoticeFormat.VoEvent ? content.VoEvent(i + 1, n.Type) : content.Json(n.Type)))
            .ToList();
    }

    private static double Round(double p) => Math.Round(p, 6);

    private sealed record Classification(double Bns, double Nsbh, double Bbh, double Terrestrial)
    {
        public double HasNs => Math.Round(Math.Min(1, Bns + Nsbh), 6);
    }

    private sealed record LvcContent(GraceEvent Event, string Id, Classification Classes, DateTimeOffset Time, string Role)
    {
        private string Page => $"{ServiceUrl}superevents/{Id}/view/";

        private string Skymap(string type) => $"{ServiceUrl}api/superevents/{Id}/files/bayestar.multiorder.fits,{(type == "Preliminary" ? 0 : 1)}";

        private bool Significant => Event.Far < 1e-8;

        public string VoEvent(int n, string type)
        {
            int packetType = type switch { "Preliminary" => 150, "Initial" => 151, "Update" => 152, _ => 164 };
            var voevent = new VoEventText($"ivo://gwnet/LVC#{Id}-{n}-{type}", Role)
                .Param("Packet_Type", packetType).Param("Pkt_Ser_Num", n).Param("GraceID", Id).Param("AlertType", type)
                .Param("HardwareInj", 0).Param("OpenAlert", 1).Param("EventPage", Page);
            if (type == "Retraction")
            {
                return voevent.At(Time).Citing($"ivo://gwnet/LVC#{Id}-1-Preliminary", "Determined to not be a viable GW event candidate").ToString();
            }

            return voevent.Param("Instruments", Event.Instruments).Param("FAR", Event.Far ?? 1).Param("Significant", Significant ? 1 : 0)
                .Param("Group", Event.Group).Param("Pipeline", Event.Pipeline).Param("Search", Event.Search ?? "AllSky")
                .Group("GW_SKYMAP", ("skymap_fits", Skymap(type)))
                .Group("Classification", ("BNS", Classes.Bns), ("NSBH", Classes.Nsbh), ("BBH", Classes.Bbh), ("Terrestrial", Classes.Terrestrial))
                .Group("Properties", ("HasNS", Classes.HasNs), ("HasRemnant", Math.Round(Classes.HasNs / 2, 6)))
                .At(Time).ToString();
        }

        public string Json(string type)
        {
            var alert = new JsonObject
            {
                ["alert_type"] = type.ToUpperInvariant(),
                ["time_created"] = Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["superevent_id"] = Id,
                ["urls"] = new JsonObject { ["gracedb"] = Page },
                ["event"] = type == "Retraction" ? null : new JsonObject
                {
                    ["time"] = Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                    ["far"] = Event.Far ?? 1,
                    ["significant"] = Significant,
                    ["instruments"] = new JsonArray(Event.Instruments.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => (JsonNode?)d).ToArray()),
                    ["group"] = Event.Group,
                    ["pipeline"] = Event.Pipeline,
                    ["search"] = Event.Search ?? "AllSky",
                    ["properties"] = new JsonObject { ["HasNS"] = Classes.HasNs, ["HasRemnant"] = Math.Round(Classes.HasNs / 2, 6) },
                    ["classification"] = new JsonObject { ["BNS"] = Classes.Bns, ["NSBH"] = Classes.Nsbh, ["BBH"] = Classes.Bbh, ["Terrestrial"] = Classes.Terrestrial },
                },
                ["external_coinc"] = null,
            };
            return alert.ToJsonString();
        }
    }
}
