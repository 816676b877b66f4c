using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// The checks were written against the legacy <c>update</c> envelope (<c>description</c>, <c>file</c>, <c>object</c> =
/// the log entry). An igwn-alert <c>log</c> carries the same facts as <c>data.comment</c> and <c>data.filename</c>, so it
/// is read as the equivalent legacy update: one shape for every item, task and checkpointed recipe.
/// </summary>
internal static class LogAlertShape
{
    public static JsonObject AsLegacyUpdate(JsonObject igwnLog)
    {
        JsonObject entry = igwnLog["data"] as JsonObject ?? throw new InvalidDataException("the log alert has no data object");
        return new JsonObject
        {
            ["uid"] = igwnLog["uid"]?.DeepClone(),
            ["alert_type"] = "update",
            ["description"] = (entry["comment"] as JsonValue)?.ToString() ?? string.Empty,
            ["file"] = (entry["filename"] as JsonValue)?.ToString() ?? string.Empty,
            ["object"] = entry.DeepClone(),
        };
    }
}
