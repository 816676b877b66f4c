using LvalertTest.Core.Events;

namespace LvalertTest.Simulation.Schedules;

/// <summary>
/// The placeholder shared by all actions of one simulated event: its GraceID is only known once the
/// create-event action has run against GraceDb, so later actions read it through this handle.
/// </summary>
public sealed class EventHandle
{
    private GraceId? _graceId;

    public EventHandle(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
    }

    /// <summary>A stable name for the event before it has a GraceID (the original's randStr).</summary>
    public string Key { get; }

    public bool HasGraceId => _graceId.HasValue;

    public GraceId GraceId => _graceId ?? throw new InvalidOperationException(
        $"event '{Key}' has no GraceID yet: its create-event action has not run (an action of this event is scheduled before its creation, or creation failed)");

    /// <summary>Records the GraceID GraceDb gave the event. It is set once.</summary>
    public void Assign(GraceId graceId)
    {
        if (_graceId is { } existing)
        {
            throw new InvalidOperationException(
                $"event '{Key}' already has GraceID {existing}; cannot assign {graceId} (was its create-event action run twice?)");
        }

        _graceId = graceId;
    }

    public override string ToString() => _graceId is { } id ? $"{Key}={id}" : Key;
}
