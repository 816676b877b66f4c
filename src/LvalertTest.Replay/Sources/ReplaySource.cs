using LvalertTest.Core.GraceDb;

namespace LvalertTest.Replay.Sources;

/// <summary>
/// What a replay reads, whatever it came from: the event as stored (with its current labels), its log entries, its
/// labels with their times, and the bytes of the uploaded files where the source holds them (an export does not).
/// </summary>
public sealed class ReplaySource
{
    /// <summary>The store directory or export file it was read from (for messages and reports).</summary>
    public required string Origin { get; init; }

    public required GraceEvent Event { get; init; }

    public required IReadOnlyList<LogEntry> Logs { get; init; }

    public required IReadOnlyList<LabelRecord> Labels { get; init; }

    /// <summary>File contents by the real service's reference, <c>name,version</c>.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; init; } = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    /// <summary>What the reader had to work around (a torn last line skipped, ...).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
