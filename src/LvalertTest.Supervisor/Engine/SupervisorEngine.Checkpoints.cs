using System.Text.Json.Nodes;
using LvalertTest.Core.Storage;
using LvalertTest.Supervisor.Checkpoints;
using LvalertTest.Supervisor.Commands;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Engine;

public sealed partial class SupervisorEngine
{
    private long _alertsReceived;

    /// <summary>Alerts received since the engine first started, recovered ones included: where a listener resumes its journal.</summary>
    public long AlertsReceived
    {
        get
        {
            lock (_gate)
            {
                return _alertsReceived;
            }
        }
    }

    /// <summary>
    /// Starts the engine: when <see cref="EngineOptions.CheckpointPath"/> names an existing checkpoint, its state
    /// replaces the (empty) queue first (the original had no automatic recovery). Items that fell due while the
    /// engine was down run at once. A checkpoint that cannot be read throws <see cref="CheckpointException"/> and is
    /// left untouched, so nothing is lost; the caller decides whether to start empty.
    /// </summary>
    public EngineSnapshot? Start()
    {
        lock (_gate)
        {
            DateTimeOffset now = _time.GetUtcNow();
            EngineSnapshot? recovered = null;
            if (_options.CheckpointPath is { } path)
            {
                if (_fileSystem.File.Exists(path))
                {
                    recovered = Load(path);
                    _alertsReceived = recovered.AlertsReceived;
                    _warnCount = recovered.WarnCount;
                    _warnTime = recovered.WarnTime;
                    _log.Write(now, null, $"recovered {recovered.Queue.Count} items from checkpoint {path} written at {recovered.Time:O} after {recovered.AlertsReceived} alerts");
                }
                else
                {
                    _log.Write(now, null, $"no checkpoint at {path}: starting with an empty queue");
                }
            }

            _started = true;
            Epoch(now);
            return recovered;
        }
    }

    /// <summary>The engine's state as of <paramref name="now"/> (what a checkpoint records).</summary>
    private EngineSnapshot Snapshot(DateTimeOffset now)
    {
        var queued = Queue.Items.Where(i => !i.Complete && i.Recipe is not null).ToList();
        if (Queue.Running is { Recipe: not null } running && running.Progress(now).Pending.Count > 0)
        {
            // A repeating item saving the queue while it runs goes back in after everything already queued.
            queued.Add(running);
        }

        var included = new HashSet<QueueItem>(queued, ReferenceEqualityComparer.Instance);
        var index = new SortedDictionary<string, IReadOnlyList<QueueItem>>(StringComparer.Ordinal);
        foreach (string graceId in Queue.GraceIds)
        {
            var items = Queue.ItemsFor(graceId).Where(included.Contains).ToList();
            if (items.Count > 0)
            {
                index[graceId] = items;
            }
        }

        return new EngineSnapshot(_processType.Name, now, _alertsReceived, _warnCount, _warnTime, _processType.SaveState(), queued, index);
    }

    private void WriteCheckpoint(string path, DateTimeOffset now) =>
        AtomicFile.Write(_fileSystem, path, CheckpointFormat.Write(Snapshot(now), now));

    /// <summary>Reads a checkpoint and replaces the queue and the process type's state with it (never merges).</summary>
    private EngineSnapshot Load(string path)
    {
        byte[] contents;
        try
        {
            contents = _fileSystem.File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new CheckpointException($"{path}: cannot be read: {e.Message}", e);
        }

        EngineSnapshot snapshot = CheckpointFormat.Read(contents, path, Recreate);
        if (snapshot.ProcessType != _processType.Name)
        {
            throw new CheckpointException($"{path}: process_type: written by process type '{snapshot.ProcessType}', this engine runs '{_processType.Name}'");
        }

        try
        {
            Queue.Replace(snapshot.Queue, snapshot.ByGraceId);
        }
        catch (InvalidDataException e)
        {
            throw new CheckpointException($"{path}: by_graceid: {e.Message}", e);
        }

        _processType.RestoreState(snapshot.ProcessState);
        return snapshot;
    }

    /// <summary>Builds an item again from its recipe: the engine's own kinds here, the rest by the process type.</summary>
    private QueueItem Recreate(ItemRecipe recipe, DateTimeOffset t0) => recipe.Kind switch
    {
        CommandItem.RecipeKind => new CommandItem(t0, LvalertCommand.Parse(recipe.Arguments.ToJsonString()), RunCommand),
        HeartbeatRequest.RecipeKind => HeartbeatRequest.Item(t0, recipe.Arguments, _processType.Name, _options, _responder),
        _ => _processType.Recreate(recipe, t0),
    };
}
