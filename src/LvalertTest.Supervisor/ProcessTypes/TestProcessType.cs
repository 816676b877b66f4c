using System.Text.Json.Nodes;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.ProcessTypes;

/// <summary>
/// The original's <c>test</c> process type: every alert becomes an item with two tasks that log
/// <c>"&lt;gid&gt; : &lt;alert&gt;"</c> 5 s and 10 s after it arrived.
/// </summary>
public sealed class TestProcessType(ISupervisorLog log) : IProcessType
{
    public string Name => "test";

    public void Handle(JsonObject alert, DateTimeOffset t0, SortedQueue queue)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(queue);
        string uid = (alert["uid"] as JsonValue)?.ToString() ?? throw new InvalidOperationException("the alert has no uid");
        queue.Insert(PrintAlertItem(t0, uid, alert.ToJsonString()));
    }

    public QueueItem Recreate(ItemRecipe recipe, DateTimeOffset t0)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        return recipe.Kind == RecipeKind
            ? PrintAlertItem(t0, (string?)recipe.Arguments["uid"] ?? throw new InvalidDataException("uid is missing"), (string?)recipe.Arguments["alert"] ?? throw new InvalidDataException("alert is missing"))
            : throw new NotSupportedException($"the test process type has no '{recipe.Kind}' items");
    }

    private const string RecipeKind = "test.printAlert";

    private QueueItem PrintAlertItem(DateTimeOffset t0, string uid, string alert) =>
        new(t0, [new PrintAlertTask(5, uid, alert, log), new PrintAlertTask(10, uid, alert, log)], "printAlert", uid, new ItemRecipe(RecipeKind, new JsonObject { ["uid"] = uid, ["alert"] = alert }));

    private sealed class PrintAlertTask(double seconds, string graceId, string alert, ISupervisorLog log) : SupervisorTask("printAlert", TimeSpan.FromSeconds(seconds))
    {
        public override void Execute(DateTimeOffset now) => log.Write(now, graceId, $"{graceId} : {alert}");
    }
}
