using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    // Per-event facts a write needs (log count, file versions, labels), read once and then kept up to date by this
    // process's own writes. When another process wrote (the store lock says so), all are dropped and re-read.
    // Cleared wholesale past a bound: memory stays flat in long runs.
    private const int MaxCachedEvents = 4096;
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
        if (state.LogCount < 0)
        {
            List<LogEntry> logs = ReadLogs(id);
            state.LogCount = logs.Count;
            state.FileVersions = logs.Where(l => l.FileVersion.HasValue).GroupBy(l => l.FileName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }

        if (state.Labels is null)
        {
            state.Labels = StoredRecords.CurrentLabels(JsonLines.Read(_fs, _layout.Labels(id), Warn));
        }

        return state;
    }

    /// <summary>Appends a label change and lets the next read of the labels see it.</summary>
    private void AppendLabelChange(GraceId id, string op, LabelRecord label)
    {
        JsonLines.Append(_fs, _layout.Labels(id), StoredRecords.LabelChange(op, label));
        if (_states.TryGetValue(id.Number, out EventState? state))
        {
            state.Labels = null;
        }
    }

    private List<LabelRecord> CurrentLabels(GraceId id) => [.. State(id).Labels!];

    private sealed class EventState
    {
        public int LogCount { get; set; } = -1;

        public string? LogPath { get; set; }

        public Dictionary<string, int> FileVersions { get; set; } = new(StringComparer.Ordinal);

        public List<LabelRecord>? Labels { get; set; }
    }
}
