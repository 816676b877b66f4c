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
        string text = alert.ToJsonString();
        queue.Insert(new QueueItem(t0, [new PrintAlertTask(5, uid, text, log), new PrintAlertTask(10, uid, text, log)], "printAlert", uid));
    }

    private sealed class PrintAlertTask(double seconds, string graceId, string alert, ISupervisorLog log) : SupervisorTask("printAlert", TimeSpan.FromSeconds(seconds))
    {
        public override void Execute(DateTimeOffset now) => log.Write(now, graceId, $"{graceId} : {alert}");
    }
}
