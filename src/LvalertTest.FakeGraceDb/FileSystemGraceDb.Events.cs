using System.Text;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Query;
using LvalertTest.Core.Storage;
using LvalertTest.FakeGraceDb.Store;
using LvalertTest.FakeGraceDb.Uploads;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    public GraceEvent CreateEvent(string group, string pipeline, string? search, string fileName, byte[] fileContents, IReadOnlyList<string>? labels = null, bool offline = false, string? submitter = null)
    {
        ValidateGroupPipelineSearch(group, pipeline, search);
        ValidateFileName(fileName);
        if (fileContents is null || fileContents.Length == 0)
        {
            throw new GraceDbValidationException($"the event file '{fileName}' is missing or empty");
        }

        IReadOnlyList<string> initialLabels = labels ?? [];
        foreach (string label in initialLabels)
        {
            ValidateLabel(label);
        }

        UploadAttributes parsed = UploadParser.Parse(pipeline, fileContents);
        string user = submitter ?? _options.DefaultUser;
        List<Alert> alerts;
        GraceEvent created;
        using (Enter())
        {
            long number = AllocateNumber();
            var id = GraceId.Create(GraceIdPrefix.ForGroup(group), number);
            RemoveCrashRemnant(number);
            _states.Remove(number);
            DateTimeOffset now = Now;
            _files.CreateDirectory(_layout.FilesDirectory(id));

            // Everything but event.json first: the event exists once event.json does (the commit point).
            var logs = new LogWriter(this, id);
            logs.Append(now, "Original Data", user, fileName, fileContents, []);
            foreach (ServerLog serverLog in parsed.ServerLogs)
            {
                logs.Append(now, serverLog.Comment, user, serverLog.FileName, serverLog.FileContents, []);
            }

            var labelRecords = initialLabels.Distinct(StringComparer.Ordinal).Select(l => new LabelRecord(l, user, now)).ToList();
            foreach (LabelRecord label in labelRecords)
            {
                AppendLabelChange(id, "add", label);
            }

            created = new GraceEvent
            {
                GraceId = id,
                Group = group,
                Pipeline = pipeline,
                Search = search,
                Submitter = user,
                Created = now,
                GpsTime = parsed.GpsTime,
                Far = parsed.Far,
                Instruments = parsed.Instruments,
                Likelihood = parsed.Likelihood,
                Nevents = parsed.Nevents,
                Offline = offline,
                ExtraAttributes = parsed.ExtraAttributes,
            };
            _files.WriteAtomically(_layout.EventDocument(id), Encoding.UTF8.GetBytes(StoredRecords.Event(created).ToJsonString() + "\n"));
            _index[number] = created;
            _highestNumber = number;

            created = created with { Labels = labelRecords.Select(l => l.Name).ToList() };
            string fileUrl = $"{_options.ServiceUrl}events/{id}/files/{fileName},0";
            alerts = Journal(created, AlertEnvelopes.NewEvent(Dialect, id.ToString(), EventJson(created), fileUrl));
            foreach (LabelRecord label in labelRecords)
            {
                alerts.AddRange(Journal(created, AlertEnvelopes.LabelAdded(Dialect, id.ToString(), GraceDbJson.Label(id, label, _options.ServiceUrl), EventJsonForAlert(created))));
            }
        }

        Publish(alerts);
        return created;
    }

    public GraceEvent Event(GraceId graceId)
    {
        using (Enter())
        {
            return CurrentEvent(graceId);
        }
    }

    public IReadOnlyList<GraceEvent> Events(string query)
    {
        EventQuery parsed = EventQuery.Parse(query, _options.Catalog);
        using (Enter())
        {
            RefreshIndex();
            var matches = new List<GraceEvent>();
            foreach (GraceEvent stored in _index.Values)
            {
                // Cheap fields first; labels are read from disk only for events that pass them.
                if (parsed.MatchesWithoutLabels(stored))
                {
                    GraceEvent current = CurrentEvent(stored.GraceId);
                    if (parsed.Matches(current))
                    {
                        matches.Add(current);
                    }
                }
            }

            return matches;
        }
    }

    /// <summary>The event as it is now: its document plus its current labels (call under the lock).</summary>
    private GraceEvent CurrentEvent(GraceId id)
    {
        GraceEvent stored = RequireIndexed(id);
        return stored with { Labels = CurrentLabels(id).Select(l => l.Name).ToList() };
    }

    private System.Text.Json.Nodes.JsonObject EventJson(GraceEvent e) => GraceDbJson.Event(e, _options.ServiceUrl);

    /// <summary>The event as an alert's <c>object</c>: igwn alerts carry it; legacy ones after <c>new</c> do not, so it is not built.</summary>
    private System.Text.Json.Nodes.JsonObject EventJsonForAlert(GraceEvent e) => Dialect == AlertDialect.Igwn ? EventJson(e) : NoEventObject;

    // Legacy envelopes after "new" never attach the event object, so one empty instance serves them all.
    private static readonly System.Text.Json.Nodes.JsonObject NoEventObject = [];

    private void RemoveCrashRemnant(long number)
    {
        if (TryFindDirectory(number, out GraceId remnant))
        {
            Warn($"{_layout.EventDirectory(remnant)}: left incomplete by an interrupted creation; removed and its number reused");
            _logAppenders.CloseUnder(_layout.EventDirectory(remnant));
            _files.DeleteDirectory(_layout.EventDirectory(remnant));
        }
    }

    private void ValidateGroupPipelineSearch(string group, string pipeline, string? search)
    {
        if (!_options.Catalog.IsGroup(group))
        {
            throw new GraceDbValidationException($"unknown group '{group}' (known: {string.Join(", ", _options.Catalog.Groups)})");
        }

        if (!_options.Catalog.IsPipeline(pipeline))
        {
            throw new GraceDbValidationException($"unknown pipeline '{pipeline}' (known: {string.Join(", ", _options.Catalog.Pipelines)})");
        }

        if (search is not null && !_options.Catalog.IsSearch(search))
        {
            throw new GraceDbValidationException($"unknown search '{search}' (known: {string.Join(", ", _options.Catalog.Searches)})");
        }
    }

    private void ValidateLabel(string label)
    {
        if (!_options.Catalog.IsLabel(label))
        {
            throw new GraceDbValidationException($"unknown label '{label}'");
        }
    }

    private static void ValidateFileName(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal)
            || fileName.Contains(',', StringComparison.Ordinal) || fileName is "." or "..")
        {
            throw new GraceDbValidationException($"'{fileName}' is not a valid file name (a base name without '/', '\\' or ',')");
        }
    }
}
