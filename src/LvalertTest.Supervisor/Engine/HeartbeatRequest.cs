using System.Text.Json.Nodes;
using LvalertTest.Core.Alerts;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Engine;

/// <summary>
/// Answers an lvalertHeartbeat request, so a monitor can tell a live listener from a wedged one: the response
/// (<c>ptype: response</c>, the request's server, node and key, plus hostname, user, pid and the process type's name)
/// goes back to the request's node. The original dispatched on <c>uid == "heartbeat"</c>, which its own packets
/// lacked; a request is recognised here by either.
/// </summary>
internal sealed class HeartbeatRequest(JsonObject request, string name, EngineOptions options, IAlertPublisher? responder)
    : SupervisorTask("heartbeat", TimeSpan.Zero)
{
    public const string RecipeKind = "heartbeat";

    /// <summary>The queue item answering <paramref name="request"/>: one task, due at once.</summary>
    public static QueueItem Item(DateTimeOffset t0, JsonObject request, string name, EngineOptions options, IAlertPublisher? responder) =>
        new(t0, [new HeartbeatRequest(request, name, options, responder)], "heartbeat", recipe: new ItemRecipe(RecipeKind, (JsonObject)request.DeepClone()));

    public static bool Matches(JsonObject alert) => Kind(alert) == "request";

    /// <summary>"request", "response" (a heartbeat answer, ours or another listener's) or null for other alerts.</summary>
    public static string? Kind(JsonObject alert)
    {
        string? ptype = (alert["ptype"] as JsonValue)?.ToString();
        bool heartbeat = (alert["uid"] as JsonValue)?.ToString() == "heartbeat";
        return ptype is "request" or "response" ? ptype : heartbeat ? "request" : null;
    }

    public override void Execute(DateTimeOffset now)
    {
        string node = (request["node"] as JsonValue)?.ToString()
            ?? throw new InvalidOperationException("a heartbeat request needs the node to answer on");
        var response = new JsonObject
        {
            ["uid"] = "heartbeat",
            ["ptype"] = "response",
            ["server"] = request["server"]?.DeepClone(),
            ["node"] = node,
            ["key"] = request["key"]?.DeepClone(),
            ["hostname"] = options.Host,
            ["user"] = options.User,
            ["pid"] = options.ProcessId,
            ["name"] = name,
        };
        responder?.Publish(new Alert(node, "heartbeat", "response", response.ToJsonString()));
    }
}
