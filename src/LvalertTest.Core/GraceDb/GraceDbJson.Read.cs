using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;

namespace LvalertTest.Core.GraceDb;

public static partial class GraceDbJson
{
    /// <summary>
    /// Reads an event in any of the real shapes: numbers or numeric strings for gpstime / far, labels as a list or as
    /// the old name→URL dict, any of the three time formats. Bad input throws <see cref="FormatException"/> naming the field.
    /// </summary>
    public static GraceEvent ReadEvent(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        string graceId = RequiredString(json, "graceid");
        return new GraceEvent
        {
            GraceId = GraceId.TryParse(graceId, out GraceId id) ? id : throw new FormatException($"graceid: '{graceId}' is not a GraceID"),
            Group = RequiredString(json, "group"),
            Pipeline = RequiredString(json, "pipeline"),
            Search = OptionalString(json, "search"),
            Submitter = OptionalString(json, "submitter") ?? string.Empty,
            Created = RequiredTime(json, "created"),
            GpsTime = OptionalNumber(json, "gpstime"),
            Far = OptionalNumber(json, "far"),
            FarIsUpperLimit = json["far_is_upper_limit"]?.GetValueKind() == JsonValueKind.True,
            Instruments = OptionalString(json, "instruments") ?? string.Empty,
            Nevents = OptionalNumber(json, "nevents") is { } n ? (int)n : null,
            Likelihood = OptionalNumber(json, "likelihood"),
            Offline = json["offline"]?.GetValueKind() == JsonValueKind.True,
            Labels = LabelNames(json["labels"]),
            ExtraAttributes = json["extra_attributes"] is JsonObject extra ? (JsonObject)extra.DeepClone() : [],
        };
    }

    /// <summary>Reads a log entry; <c>issuer</c> may be a username or the older {username, display_name} dict.</summary>
    public static LogEntry ReadLog(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        double n = OptionalNumber(json, "N") ?? throw new FormatException("N: is required");
        string issuer = json["issuer"] switch
        {
            JsonObject o => OptionalString(o, "username") ?? string.Empty,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            _ => string.Empty,
        };
        string fileName = OptionalString(json, "filename") ?? string.Empty;
        int? version = OptionalNumber(json, "file_version") is { } fv ? (int)fv : null;
        return new LogEntry(
            (int)n,
            OptionalString(json, "comment") ?? string.Empty,
            RequiredTime(json, "created"),
            issuer,
            fileName,
            fileName.Length == 0 ? null : version ?? 0,
            json["tag_names"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? string.Empty).ToList() : []);
    }

    public static LabelRecord ReadLabel(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new LabelRecord(RequiredString(json, "name"), OptionalString(json, "creator") ?? string.Empty, RequiredTime(json, "created"));
    }

    /// <summary>Reads a sign-off: <c>signoff_type</c> OP or ADV, <c>status</c> OK or NO.</summary>
    public static SignoffRecord ReadSignoff(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new SignoffRecord(
            RequiredEnum<SignoffType>(json, "signoff_type"),
            OptionalString(json, "instrument") ?? string.Empty,
            RequiredEnum<SignoffStatus>(json, "status"),
            OptionalString(json, "comment") ?? string.Empty,
            OptionalString(json, "submitter") ?? string.Empty,
            RequiredTime(json, "created"));
    }

    /// <summary>Reads a VOEvent record; <c>voevent_type</c> is the API code (PR, IN, UP, RE).</summary>
    public static VoEventRecord ReadVoEvent(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        string code = RequiredString(json, "voevent_type");
        return new VoEventRecord(
            (int)(OptionalNumber(json, "N") ?? throw new FormatException("N: is required")),
            VoEventNaming.TryFromCode(code) ?? throw new FormatException($"voevent_type: '{code}' is not a VOEvent type (PR, IN, UP, RE)"),
            RequiredString(json, "ivorn"),
            RequiredString(json, "filename"),
            (int)(OptionalNumber(json, "file_version") ?? throw new FormatException("file_version: is required")),
            RequiredTime(json, "created"),
            OptionalString(json, "issuer") ?? string.Empty,
            OptionalString(json, "skymap_type"),
            OptionalString(json, "skymap_filename"),
            OptionalBoolean(json, "internal") ?? true,
            OptionalBoolean(json, "open_alert") ?? false,
            OptionalBoolean(json, "hardware_inj") ?? false);
    }

    /// <summary>The log list: either the endpoint's <c>{"log": [...]}</c> body or a bare list.</summary>
    public static IReadOnlyList<LogEntry> ReadLogList(JsonNode json) => json switch
    {
        JsonObject o when o["log"] is JsonArray list => list.Select((l, i) => ReadLog(AsObject(l, $"log[{i}]"))).ToList(),
        JsonArray list => list.Select((l, i) => ReadLog(AsObject(l, $"[{i}]"))).ToList(),
        _ => throw new FormatException("log: expected the log endpoint's {\"log\": [...]} or a list of log entries"),
    };

    private static JsonObject AsObject(JsonNode? node, string field) =>
        node as JsonObject ?? throw new FormatException($"{field}: expected an object");

    private static List<string> LabelNames(JsonNode? labels) => labels switch
    {
        null => [],
        JsonArray list => list.Select(l => l switch
        {
            JsonObject o => RequiredString(o, "name"),
            _ => l?.GetValue<string>() ?? string.Empty,
        }).ToList(),
        JsonObject dict => dict.Select(kv => kv.Key).ToList(),
        _ => throw new FormatException("labels: expected a list of names or a name→URL object"),
    };

    private static string RequiredString(JsonObject json, string field) =>
        OptionalString(json, field) ?? throw new FormatException($"{field}: is required");

    private static string? OptionalString(JsonObject json, string field) => json[field] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => null,
        _ => throw new FormatException($"{field}: expected a string"),
    };

    private static double? OptionalNumber(JsonObject json, string field)
    {
        JsonNode? node = json[field];
        if (node is null || node.GetValueKind() == JsonValueKind.Null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.Number)
        {
            // A node built in memory holds an int or a long, which GetValue<double> refuses; its text always parses.
            return node is JsonValue value && value.TryGetValue(out double number)
                ? number
                : double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (node.GetValueKind() == JsonValueKind.String
            && double.TryParse(node.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed))
        {
            return parsed;
        }

        throw new FormatException($"{field}: expected a number, got {node.ToJsonString()}");
    }

    private static bool? OptionalBoolean(JsonObject json, string field) => json[field]?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new FormatException($"{field}: expected true or false, got {json[field]!.ToJsonString()}"),
    };

    private static T RequiredEnum<T>(JsonObject json, string field)
        where T : struct, Enum
    {
        string text = RequiredString(json, field);
        return Enum.TryParse(text, ignoreCase: false, out T value) && Enum.IsDefined(value) && !char.IsDigit(text[0])
            ? value
            : throw new FormatException($"{field}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
    }

    private static DateTimeOffset RequiredTime(JsonObject json, string field)
    {
        JsonNode node = json[field] ?? throw new FormatException($"{field}: is required");
        string text = node.GetValueKind() == JsonValueKind.Number ? node.ToJsonString() : node.GetValue<string>();
        return GraceDbTime.TryParse(text, out DateTimeOffset time)
            ? time
            : throw new FormatException($"{field}: '{text}' is not a GraceDb time");
    }
}
