using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    public LogEntry WriteLog(GraceId graceId, string comment, string? fileName = null, byte[]? fileContents = null, IReadOnlyList<string>? tagNames = null, string? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(comment);
        if (fileName is not null)
        {
            ValidateFileName(fileName);
            if (fileContents is null)
            {
                throw new GraceDbValidationException($"no contents given for the file '{fileName}'");
            }
        }
        else if (fileContents is not null)
        {
            throw new GraceDbValidationException("file contents given without a file name");
        }

        if (comment.Length == 0 && fileName is null)
        {
            throw new GraceDbValidationException("a log message needs a comment or a file");
        }

        LogEntry entry;
        List<Alert> alerts;
        using (Enter())
        {
            // A legacy log alert carries no event object, so the labels need not be read for it.
            GraceEvent e = Dialect == AlertDialect.Igwn ? CurrentEvent(graceId) : RequireIndexed(graceId);
            entry = new LogWriter(this, graceId).Append(Now, comment, issuer ?? _options.DefaultUser, fileName, fileContents, tagNames ?? []);
            alerts = Journal(e, AlertEnvelopes.Log(Dialect, graceId.ToString(), GraceDbJson.Log(graceId, entry, _options.ServiceUrl), EventJsonForAlert(e)));
        }

        Publish(alerts);
        return entry;
    }

    public IReadOnlyList<LogEntry> Logs(GraceId graceId) => ReadEvent(graceId, CachedLogs);

    public IReadOnlyList<FileVersionRecord> Files(GraceId graceId) => ReadEvent(graceId, CachedFiles);

    public byte[] FileContents(GraceId graceId, string fileReference)
    {
        ArgumentNullException.ThrowIfNull(fileReference);
        using (Enter())
        {
            RequireIndexed(graceId);
            (string name, int? version) = SplitReference(fileReference);
            int? latest = CachedLogs(graceId).Where(l => l.FileName == name && l.FileVersion.HasValue).Select(l => l.FileVersion).Max();
            if (latest is null || version > latest)
            {
                throw new GraceDbNotFoundException($"event {graceId} has no file '{fileReference}'");
            }

            string path = _layout.File(graceId, name, version ?? latest.Value);
            return _files.FileExists(path)
                ? _files.ReadAllBytes(path)
                : throw new GraceDbNotFoundException($"event {graceId}: the contents of '{fileReference}' are not stored (the event was imported from an export)");
        }
    }

    /// <summary>A stored file's length, 0 when it does not exist (not yet written, or not part of an import).</summary>
    private long StoredLength(string path) => _files.Length(path) ?? 0;

    private List<LogEntry> ReadLogs(GraceId id) =>
        JsonLines.Read(_files, _layout.Log(id), Warn).Select(GraceDbJson.ReadLog).ToList();

    private static (string Name, int? Version) SplitReference(string reference)
    {
        int comma = reference.LastIndexOf(',');
        if (comma > 0 && int.TryParse(reference.AsSpan(comma + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int version))
        {
            return (reference[..comma], version);
        }

        return (reference, null);
    }

    /// <summary>
    /// Appends log entries of one event: N is one more than the entries on disk, a file's version one more than the
    /// versions of that name before it; the file is written before its log line, so a line never names a missing file.
    /// </summary>
    private sealed class LogWriter(FileSystemGraceDb store, GraceId id)
    {
        public LogEntry Append(DateTimeOffset now, string comment, string issuer, string? fileName, byte[]? contents, IReadOnlyList<string> tags)
        {
            EventState state = store.State(id);
            int? version = null;
            if (fileName is not null)
            {
                version = state.FileVersions.GetValueOrDefault(fileName);
                store._files.WriteAllBytes(store._layout.File(id, fileName, version.Value), contents ?? []);
            }

            var entry = new LogEntry(state.Logs!.Count + 1, comment, now, issuer, fileName ?? string.Empty, version, tags.ToList());
            store._logAppenders.Append(state.LogPath!, StoredRecords.LogLine(entry));
            state.Logs.Add(entry);
            if (fileName is not null)
            {
                state.FileVersions[fileName] = version!.Value + 1;
                state.Files?.Add(new FileVersionRecord(fileName, version.Value, contents?.Length ?? 0));
            }

            return entry;
        }
    }
}
