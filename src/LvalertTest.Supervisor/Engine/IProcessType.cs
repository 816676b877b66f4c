using System.Text.Json.Nodes;
using LvalertTest.Supervisor.Commands;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Engine;

/// <summary>
/// What a child process does with an alert (lvalertMP's parseAlert): it adds items to the queue. Registered by name
/// (<see cref="ProcessTypeRegistry"/>), not hard-coded in the engine.
/// </summary>
public interface IProcessType
{
    string Name { get; }

    /// <summary>Handles one parsed alert received at <paramref name="t0"/>; may throw, which the engine reports.</summary>
    void Handle(JsonObject alert, DateTimeOffset t0, SortedQueue queue);

    /// <summary>Builds one of this type's items again from the recipe it was created with (recovery, loadQueue).</summary>
    QueueItem Recreate(ItemRecipe recipe, DateTimeOffset t0) =>
        throw new NotSupportedException($"process type '{Name}' cannot re-create '{recipe?.Kind}' items");

    /// <summary>
    /// Runs a command the engine does not know itself (a process type's own, as approval_processorMP's resetThrottle
    /// was registered into lvalertMP's command tables); false if the type does not know it either.
    /// </summary>
    bool RunCommand(LvalertCommand command, DateTimeOffset now, SortedQueue queue) => false;

    /// <summary>State the type keeps outside the queue (e.g. per-event bookkeeping), for checkpoints; null if none.</summary>
    JsonNode? SaveState() => null;

    /// <summary>Takes back what <see cref="SaveState"/> returned, replacing the current state.</summary>
    void RestoreState(JsonNode? state)
    {
    }
}

/// <summary>Process types by name (test, event_supervisor, approval_processor, tracet...).</summary>
public sealed class ProcessTypeRegistry
{
    private readonly SortedDictionary<string, Func<IProcessType>> _factories = new(StringComparer.Ordinal);

    public void Register(string name, Func<IProcessType> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_factories.TryAdd(name, factory))
        {
            throw new InvalidOperationException($"process type '{name}' is registered twice");
        }
    }

    public IProcessType Create(string name) =>
        _factories.TryGetValue(name, out Func<IProcessType>? factory)
            ? factory()
            : throw new KeyNotFoundException($"unknown process_type '{name}' (known: {string.Join(", ", _factories.Keys)})");

    public IReadOnlyList<string> Names => _factories.Keys.ToList();
}
