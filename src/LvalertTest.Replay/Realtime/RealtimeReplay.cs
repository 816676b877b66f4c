using System.Text.Json.Nodes;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;
using LvalertTest.Replay.Planning;
using LvalertTest.Replay.Running;
using LvalertTest.Replay.Sources;

namespace LvalertTest.Replay.Realtime;

/// <summary>
/// Plays a replay's alerts out as journal lines (<c>{"time", "node", "alert"}</c>, what <c>lvalerttest listen
/// --stdin</c> reads) at their original pace from now on, for listeners outside this process. The alerts are made in
/// virtual time first (the same copy and steps as a supervised replay, without a supervisor), then paced out.
/// </summary>
public static class RealtimeReplay
{
    /// <returns>The number of lines written.</returns>
    public static int Play(ReplaySource source, ReplayPlan plan, AlertDialect dialect, TextWriter output, WallClockPacer pacer, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(pacer);
        using var world = new ReplayWorld(plan, source, dialect);
        world.Start();
        world.Kernel.RunUntilIdle();

        DateTimeOffset created = plan.EventAtCreation.Created;
        int lines = 0;
        foreach ((DateTimeOffset time, Alert alert) in world.Alerts.Published)
        {
            pacer.WaitUntil(time - created, cancel);
            var line = new JsonObject { ["time"] = GraceDbTime.Format(time), ["node"] = alert.Node, ["alert"] = JsonNode.Parse(alert.Json) };
            output.Write(line.ToJsonString() + "\n");
            output.Flush();
            lines++;
        }

        return lines;
    }
}
