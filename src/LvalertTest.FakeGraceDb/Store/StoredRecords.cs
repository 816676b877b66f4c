using System.Buffers;
using System.Text.Json;
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

    /// <summary>A log record as one JSON line (with its newline), written straight to UTF-8: the hot path of every run.</summary>
    public static byte[] LogLine(LogEntry log)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("N", log.N);
            json.WriteString("comment", log.Comment);
            json.WriteString("created", GraceDbTime.Format(log.Created));
            json.WriteString("issuer", log.Issuer);
            json.WriteString("filename", log.FileName);
            if (log.FileVersion is { } version)
            {
                json.WriteNumber("file_version", version);
            }
            else
            {
                json.WriteNull("file_version");
            }

            json.WriteStartArray("tag_names");
            foreach (string tag in log.TagNames)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

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

    public static SignoffRecord ReadSignoff(JsonObject json) => GraceDbJson.ReadSignoff(json);

    public static JsonObject VoEvent(VoEventRecord v)
    {
        // The id only feeds the links, which the stored record drops.
        JsonObject json = GraceDbJson.VoEvent(GraceId.Create('G', 0), v, "/");
        json.Remove("links");
        return json;
    }

    public static VoEventRecord ReadVoEvent(JsonObject json) => GraceDbJson.ReadVoEvent(json);
}
