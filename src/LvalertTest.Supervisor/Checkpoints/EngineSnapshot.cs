using System.Text.Json.Nodes;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Checkpoints;

/// <summary>
/// Everything a restarted engine needs to carry on as if it had never stopped: the queue in run order, the
/// per-GraceID index (the same items, not copies), the process type's own state, the queue-size warning state and
/// how many alerts had been received (the listener's resume point in its alert journal).
/// </summary>
public sealed record EngineSnapshot(
    string ProcessType,
    DateTimeOffset Time,
    long AlertsReceived,
    int WarnCount,
    DateTimeOffset WarnTime,
    JsonNode? ProcessState,
    IReadOnlyList<QueueItem> Queue,
    IReadOnlyDictionary<string, IReadOnlyList<QueueItem>> ByGraceId);
