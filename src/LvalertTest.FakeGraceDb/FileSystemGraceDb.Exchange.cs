using System.Text;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Core.Storage;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb;

/// <summary>Import and export in the real REST shapes, so a store can be built from, and compared with, the real server.</summary>
public sealed partial class FileSystemGraceDb
{
    /// <summary>
    /// Stores an event exactly as the real server described it: its own GraceID, times, log entries (with their N)
    /// and labels. No alerts: this is history, not a live write. Files the log names are not part of an export, so
    /// their contents are not stored.
    /// </summary>
    public void Import(GraceEvent e, IReadOnlyList<LogEntry> logs, IReadOnlyList<LabelRecord> labels)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(labels);
        using (Enter())
        {
            RefreshIndex();
            if (TryFindDirectory(e.GraceId.Number, out GraceId existing) && _files.FileExists(_layout.EventDocument(existing)))
            {
                throw new GraceDbConflictException($"cannot import {e.GraceId}: the store already holds {existing} with that number");
            }

            RemoveCrashRemnant(e.GraceId.Number);
            _states.Remove(e.GraceId.Number);
            _files.CreateDirectory(_layout.FilesDirectory(e.GraceId));
            foreach (LogEntry log in logs.OrderBy(l => l.N))
            {
                _logAppenders.Append(_layout.Log(e.GraceId), StoredRecords.LogLine(log));
            }

            foreach (LabelRecord label in labels)
            {
                AppendLabelChange(e.GraceId, "add", label);
            }

            _files.WriteAtomically(_layout.EventDocument(e.GraceId), Encoding.UTF8.GetBytes(StoredRecords.Event(e).ToJsonString() + "\n"));
            _index[e.GraceId.Number] = e with { Labels = [] };
            _highestNumber = Math.Max(_highestNumber, e.GraceId.Number);
            _lock.RecordWrite();
        }
    }

    /// <summary>An event with its log and labels in the real REST shapes: <c>{"event": ..., "log": {...}, "labels": {...}}</c>.</summary>
    public JsonObject Export(GraceId graceId)
    {
        using (Enter())
        {
            GraceEvent e = CurrentEvent(graceId);
            return new JsonObject
            {
                ["event"] = GraceDbJson.Event(e, _options.ServiceUrl),
                ["log"] = GraceDbJson.LogList(graceId, CachedLogs(graceId), _options.ServiceUrl),
                ["labels"] = new JsonObject
                {
                    ["labels"] = new JsonArray(CurrentLabels(graceId).Select(l => (JsonNode?)GraceDbJson.Label(graceId, l, _options.ServiceUrl)).ToArray()),
                },
            };
        }
    }

    /// <summary>
    /// Imports an export: the event object (required), its log list (the endpoint's body or a bare list) and its
    /// labels (the endpoint's body; without it, the event's label names dated at its creation).
    /// </summary>
    public GraceEvent ImportExport(JsonObject export)
    {
        ArgumentNullException.ThrowIfNull(export);
        JsonObject eventJson = export["event"] as JsonObject ?? throw new FormatException("event: is required (the event object)");
        GraceEvent e = GraceDbJson.ReadEvent(eventJson);
        IReadOnlyList<LogEntry> logs = export["log"] is { } log ? GraceDbJson.ReadLogList(log) : [];
        IReadOnlyList<LabelRecord> labels = export["labels"] is JsonObject { } body && body["labels"] is JsonArray list
            ? list.Select((l, i) => GraceDbJson.ReadLabel(l as JsonObject ?? throw new FormatException($"labels[{i}]: expected an object"))).ToList()
            : e.Labels.Select(name => new LabelRecord(name, e.Submitter, e.Created)).ToList();
        Import(e, logs, labels);
        return Event(e.GraceId);
    }
}
