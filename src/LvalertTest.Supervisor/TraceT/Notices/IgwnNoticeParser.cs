using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>
/// An O4 igwn JSON notice (Kafka <c>igwn.gwalert</c>: <c>superevent_id</c>, <c>alert_type</c>, <c>event{...}</c>,
/// <c>urls.gracedb</c>) → the same <see cref="ParsedNotice"/> an LVC VOEvent gives, so the GW rules need not care
/// which one arrived. JSON notices have no role: mock (M...) and test (T...) superevents are read as role "test".
/// </summary>
public static class IgwnNoticeParser
{
    public static ParsedNotice Parse(string packet, DateTimeOffset receivedAt, string source, IReadOnlyCollection<string>? triggerPairs = null)
    {
        ArgumentNullException.ThrowIfNull(packet);
        JsonObject notice;
        try
        {
            notice = JsonNode.Parse(packet) as JsonObject ?? throw new NoticeFormatException($"{source}: a JSON notice must be an object");
        }
        catch (JsonException e)
        {
            throw new NoticeFormatException($"{source}: not valid JSON: {e.Message.Split('\n', 2)[0]}", e);
        }

        string id = Text(notice, "superevent_id", source) ?? throw new NoticeFormatException($"{source}: the notice has no superevent_id");
        string alertType = Text(notice, "alert_type", source) ?? throw new NoticeFormatException($"{source}: the notice has no alert_type");
        string eventType = alertType switch
        {
            "EARLYWARNING" or "EARLY_WARNING" => "EarlyWarning",
            "PRELIMINARY" => "Preliminary",
            "INITIAL" => "Initial",
            "UPDATE" => "Update",
            "RETRACTION" => "Retraction",
            _ => throw new NoticeFormatException($"{source}: alert_type '{alertType}' is not EARLYWARNING, PRELIMINARY, INITIAL, UPDATE or RETRACTION"),
        };
        string role = id.StartsWith('S') ? "observation" : "test";
        var parsed = new ParsedNotice
        {
            Ivorn = $"ivo://gwnet/LVC#{id}-{eventType}",
            Telescope = "LVC",
            EventType = eventType,
            TrigId = id,
            SourceType = SourceTypes.GravitationalWave,
            Role = role,
            LvcEventUrl = (notice["urls"] as JsonObject) is { } urls ? Text(urls, "gracedb", source) : null,
            Packet = packet,
        };
        string pair = $"LVC_{eventType}";
        if (!(triggerPairs ?? TriggerPairs.Default).Contains(pair))
        {
            return parsed with { Ignored = true, IgnoreReason = $"{pair} is not a notice type TraceT triggers on" };
        }

        if (notice["event"] is JsonObject gwEvent)
        {
            parsed = WithEvent(parsed, gwEvent, source);
        }
        else if (!parsed.IsRetraction)
        {
            throw new NoticeFormatException($"{source}: a {alertType} notice needs an event object");
        }

        return role == "test" ? parsed with { EventObserved = receivedAt - NoticeTimes.TestEventAge } : parsed;
    }

    private static ParsedNotice WithEvent(ParsedNotice parsed, JsonObject e, string source)
    {
        string? group = Text(e, "group", source);
        bool burst = group == "Burst";
        JsonObject? classification = e["classification"] as JsonObject;
        JsonObject? properties = e["properties"] as JsonObject;
        return parsed with
        {
            EventObserved = Text(e, "time", source) is { } time ? NoticeTimes.Parse(time, source, "event.time") : null,
            // Lower-case exponent, as VOEvents write it (3.2e-10): proposals compare the text.
            LvcFalseAlarmRate = Number(e, "far", source)?.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant(),
            LvcSignificant = e["significant"] is JsonValue s ? s.TryGetValue(out bool b) ? b : throw new NoticeFormatException($"{source}: event.significant must be true or false") : null,
            LvcInstruments = e["instruments"] is JsonArray detectors ? string.Join(",", detectors.Select(d => d?.ToString())) : null,
            LvcBinaryNeutronStarProbability = Number(classification, "BNS", source),
            LvcNeutronStarBlackHoleProbability = Number(classification, "NSBH", source),
            LvcBinaryBlackHoleProbability = Number(classification, "BBH", source),
            LvcTerrestrialProbability = Number(classification, "Terrestrial", source),
            LvcIncludesNeutronStarProbability = Number(properties, "HasNS", source),
            IsBurst = burst ? group : null,
            Ignored = burst,
            IgnoreReason = burst ? "Burst-group GW candidates are not followed up" : null,
        };
    }

    private static string? Text(JsonObject json, string field, string source) => json[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => throw new NoticeFormatException($"{source}: {field} must be a string"),
    };

    private static double? Number(JsonObject? json, string field, string source) => json?[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out double d) && double.IsFinite(d) => d,
        _ => throw new NoticeFormatException($"{source}: {field} must be a number"),
    };
}
