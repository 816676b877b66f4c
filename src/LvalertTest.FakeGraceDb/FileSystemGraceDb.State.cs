using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    // Per-event records (the parsed log, file versions and sizes, labels), read once and then kept up to date by
    // this process's own writes, so a supervisor looking at an event again and again does not parse its log again.
    // When another process wrote (the store lock says so), all are dropped and re-read. Cleared wholesale past a
    // bound: memory stays flat in long runs. Files changed behind the store's back are seen when it is next opened.
    private const int MaxCachedEvents = 1024;
    private readonly Dictionary<long, EventState> _states = [];

    /// <summary>Takes the store lock and drops what other processes' writes may have made stale.</summary>
    private IDisposable Enter()
    {
        IDisposable lease = _lock.Acquire();
        if (_lock.OthersWroteSinceLastCheck())
        {
            _states.Clear();
            _logAppenders.ForgetPositions();
            _journal.ForgetPosition();
        }

        return lease;
    }

    /// <summary>A read of one event's records, under the lock, for an event that exists.</summary>
    private T ReadEvent<T>(GraceId id, Func<GraceId, T> read)
    {
        using (Enter())
        {
            RequireIndexed(id);
            return read(id);
        }
    }

    private EventState State(GraceId id)
    {
        if (!_states.TryGetValue(id.Number, out EventState? state))
        {
            if (_states.Count >= MaxCachedEvents)
            {
                _states.Clear();
            }

            state = new EventState();
            _states.Add(id.Number, state);
        }

        state.LogPath ??= _layout.Log(id);
        if (state.Logs is null)
        {
            List<LogEntry> logs = ReadLogs(id);
            state.Logs = new AppendOnlyList<LogEntry>(logs);
            state.FileVersions = logs.Where(l => l.FileVersion.HasValue).GroupBy(l => l.FileName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }

        if (state.Labels is null)
        {
            state.Labels = StoredRecords.CurrentLabels(JsonLines.Read(_files, _layout.Labels(id), Warn));
        }

        return state;
    }

    /// <summary>Appends a label change and lets the next read of the labels see it.</summary>
    private void AppendLabelChange(GraceId id, string op, LabelRecord label)
    {
        JsonLines.Append(_files, _layout.Labels(id), StoredRecords.LabelChange(op, label));
        if (_states.TryGetValue(id.Number, out EventState? state))
        {
            state.Labels = null;
        }
    }

    private List<LabelRecord> CurrentLabels(GraceId id) => [.. State(id).Labels!];

    /// <summary>The event's log as parsed (a snapshot: later writes do not change it).</summary>
    private IReadOnlyList<LogEntry> CachedLogs(GraceId id) => State(id).Logs!.Snapshot();

    /// <summary>The event's uploaded file versions with their sizes, in log order.</summary>
    private IReadOnlyList<FileVersionRecord> CachedFiles(GraceId id)
    {
        EventState state = State(id);
        state.Files ??= new AppendOnlyList<FileVersionRecord>(state.Logs!.Snapshot()
            .Where(l => l.FileVersion.HasValue)
            .Select(l => new FileVersionRecord(l.FileName, l.FileVersion!.Value, StoredLength(_layout.File(id, l.FileName, l.FileVersion.Value)))));
        return state.Files.Snapshot();
    }

    private sealed class EventState
    {
        /// <summary>The parsed log; null until first needed.</summary>
        public AppendOnlyList<LogEntry>? Logs { get; set; }

        /// <summary>The uploaded file versions with sizes; null until first asked for.</summary>
        public AppendOnlyList<FileVersionRecord>? Files { get; set; }

        public string? LogPath { get; set; }

        public Dictionary<string, int> FileVersions { get; set; } = new(StringComparer.Ordinal);

        public List<LabelRecord>? Labels { get; set; }
    }
}
