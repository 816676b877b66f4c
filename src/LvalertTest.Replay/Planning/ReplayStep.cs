using LvalertTest.Core.GraceDb;

namespace LvalertTest.Replay.Planning;

/// <summary>What a step does to the copy, and so which alert it makes.</summary>
public enum ReplayStepKind
{
    /// <summary>The log entry is written again: a legacy <c>update</c> / igwn <c>log</c> alert.</summary>
    Log,

    /// <summary>A label is applied: <c>label</c> / <c>label_added</c>.</summary>
    LabelAdded,

    /// <summary>A label is removed: <c>label_removed</c>.</summary>
    LabelRemoved,
}

/// <summary>
/// One step of a replay at its offset from the event's creation: a log entry (<see cref="Entry"/>, with its original
/// N), or a label change, which came from a label log entry or, when no entry recorded it, from the label list.
/// </summary>
public sealed record ReplayStep(TimeSpan Offset, ReplayStepKind Kind, LogEntry? Entry, string? Label, string Creator)
{
    /// <summary>The log entry's N, or null for a label that only the label list knows.</summary>
    public int? N => Entry?.N;
}
