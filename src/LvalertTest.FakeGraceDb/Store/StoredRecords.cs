using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// The on-disk records: the real REST shapes without the URL fields (links, self, file), which depend on where
/// the store is served from and are added when a record leaves the store.
/// </summary>
internal static class StoredRecords
{
    public static JsonObject Event(GraceEvent e)
    {
        JsonObject json = GraceDbJson.Event(e with { Labels = [] }, "/");
        json.Remove("links");
        json.Remove("labels");
        json.Remove("superevent");
        return json;
    }

    public static JsonObject Log(LogEntry log) => new()
    {
        ["N"] = log.N,
        ["comment"] = log.Comment,
        ["created"] = GraceDbTime.Format(log.Created),
        ["issuer"] = log.Issuer,
        ["filename"] = log.FileName,
        ["file_version"] = log.FileVersion,
        ["tag_names"] = new JsonArray(log.TagNames.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
    };

    /// <summary>A label change: added, or removed (silently, when a sign-off answers a request, or on request).</summary>
    public static JsonObject LabelChange(string op, LabelRecord label) => new()
    {
        ["op"] = op,
        ["name"] = label.Name,
        ["creator"] = label.Creator,
        ["created"] = GraceDbTime.Format(label.Created),
    };

    /// <summary>Replays label changes into the current labels, in the order they were applied.</summary>
    public static List<LabelRecord> CurrentLabels(IEnumerable<JsonObject> changes)
    {
        var current = new List<LabelRecord>();
        foreach (JsonObject change in changes)
        {
            LabelRecord label = GraceDbJson.ReadLabel(change);
            if ((string?)change["op"] == "remove")
            {
                current.RemoveAll(l => l.Name == label.Name);
            }
            else if (!current.Exists(l => l.Name == label.Name))
            {
                current.Add(label);
            }
        }

        return current;
    }

    public static SignoffRecord ReadSignoff(JsonObject json) => new(
        Enum.Parse<SignoffType>((string)json["signoff_type"]!),
        (string?)json["instrument"] ?? string.Empty,
        Enum.Parse<SignoffStatus>((string)json["status"]!),
        (string?)json["comment"] ?? string.Empty,
        (string?)json["submitter"] ?? string.Empty,
        GraceDbTime.Parse((string)json["created"]!));

    public static JsonObject VoEvent(VoEventRecord v)
    {
        JsonObject json = GraceDbJson.VoEvent(GraceId.Create('G', 0), v, "/");
        json.Remove("links");
        return json;
    }

    public static VoEventRecord ReadVoEvent(JsonObject json) => new(
        (int)json["N"]!,
        VoEventNaming.FromCode((string)json["voevent_type"]!),
        (string)json["ivorn"]!,
        (string)json["filename"]!,
        (int)json["file_version"]!,
        GraceDbTime.Parse((string)json["created"]!),
        (string?)json["issuer"] ?? string.Empty,
        (string?)json["skymap_type"],
        (string?)json["skymap_filename"],
        (bool?)json["internal"] ?? true,
        (bool?)json["open_alert"] ?? false,
        (bool?)json["hardware_inj"] ?? false);
}
