using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Replay.Sources;

/// <summary>
/// Reads an export in the real REST shapes, as <c>FileSystemGraceDb.Export</c> writes it: <c>{"event": {...},
/// "log": {"log": [...]} or [...], "labels": {"labels": [...]} (optional)}</c>. Times may be in any of the real formats;
/// anything that does not parse is an error naming the file and the field (<c>log[3].created</c>).
/// </summary>
internal static class ExportReader
{
    public static ReplaySource Read(string path, GraceId id)
    {
        JsonObject export;
        try
        {
            export = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new ReplayInputException($"{path}: expected a JSON object with \"event\" and \"log\"");
        }
        catch (JsonException bad)
        {
            throw new ReplayInputException($"{path}: not JSON ({bad.Message})", bad);
        }

        JsonObject eventJson = export["event"] as JsonObject ?? throw new ReplayInputException($"{path}: event: is required (the event object)");
        GraceEvent e = Field(path, "event.", () => GraceDbJson.ReadEvent(eventJson));
        if (e.GraceId != id)
        {
            throw new ReplayInputException($"{path}: event.graceid: the export holds {e.GraceId}, not {id}");
        }

        (JsonArray logs, string logField) = export["log"] switch
        {
            JsonObject body when body["log"] is JsonArray list => (list, "log.log"),
            JsonArray list => (list, "log"),
            null => throw new ReplayInputException($"{path}: log: is required (the log endpoint's body or a list of entries)"),
            _ => throw new ReplayInputException($"{path}: log: expected the log endpoint's {{\"log\": [...]}} or a list of entries"),
        };

        var entries = new List<LogEntry>(logs.Count);
        for (int i = 0; i < logs.Count; i++)
        {
            string at = $"{logField}[{i}]";
            JsonObject entry = logs[i] as JsonObject ?? throw new ReplayInputException($"{path}: {at}: expected an object");
            entries.Add(Field(path, at + ".", () => GraceDbJson.ReadLog(entry)));
        }

        return new ReplaySource { Origin = path, Event = e, Logs = entries, Labels = Labels(path, export["labels"], e) };
    }

    /// <summary>The label endpoint's body or a bare list; without it, the event's label names dated at its creation.</summary>
    private static List<LabelRecord> Labels(string path, JsonNode? labels, GraceEvent e)
    {
        (JsonArray? list, string field) = labels switch
        {
            null => (null, "labels"),
            JsonObject body when body["labels"] is JsonArray inner => (inner, "labels.labels"),
            JsonArray bare => (bare, "labels"),
            _ => throw new ReplayInputException($"{path}: labels: expected the labels endpoint's {{\"labels\": [...]}} or a list of labels"),
        };

        if (list is null)
        {
            return e.Labels.Select(name => new LabelRecord(name, e.Submitter, e.Created)).ToList();
        }

        var records = new List<LabelRecord>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            string at = $"{field}[{i}]";
            JsonObject label = list[i] as JsonObject ?? throw new ReplayInputException($"{path}: {at}: expected an object");
            records.Add(Field(path, at + ".", () => GraceDbJson.ReadLabel(label)));
        }

        return records;
    }

    /// <summary>Reads a record; the readers' messages start with the field, so the path to the record goes in front.</summary>
    private static T Field<T>(string path, string prefix, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException e)
        {
            throw new ReplayInputException($"{path}: {prefix}{e.Message.ReplaceLineEndings(" ")}", e);
        }
        catch (InvalidOperationException e)
        {
            // A value of the wrong JSON kind (a time given as true, a name as a list): .NET's message names no field.
            throw new ReplayInputException($"{path}: {prefix.TrimEnd('.')}: a field has the wrong JSON type ({e.Message.ReplaceLineEndings(" ")})", e);
        }
    }
}
