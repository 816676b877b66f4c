using LvalertTest.Core.GraceDb;
using LvalertTest.Http.Server;
using LvalertTest.Replay.Planning;
using LvalertTest.Replay.Reporting;
using LvalertTest.Replay.Sources;
using LvalertTest.Supervisor.EventSupervisor;

namespace LvalertTest.Replay.Running;

/// <summary>
/// Replays an event through the event supervisor in virtual time: the steps go out at their original offsets, then
/// the clock runs on until every pending check has expired, and the report says what the supervisor did.
/// </summary>
public static class ReplayRunner
{
    public static ReplayReport Run(ReplaySource source, ReplayPlan plan, EsConfig config, ReplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(config);
        options ??= new ReplayOptions();
        using var world = new ReplayWorld(plan, source, options.Dialect);
        using ServedGraceDb? served = options.OverHttp ? ServedGraceDb.Start(world.Copy) : null;
        using var supervisor = new SupervisorUnderTest(served?.Client ?? (IGraceDb)world.Copy, config, world.Kernel.Clock);
        world.Alerts.Listener = supervisor.Receive;
        world.Start();

        DateTimeOffset horizon = plan.EventAtCreation.Created + options.Horizon;
        world.Kernel.RunUntilIdle(() => world.Kernel.Now >= horizon);

        GraceEvent e = plan.EventAtCreation;
        return new ReplayReport
        {
            GraceId = e.GraceId.ToString(),
            Source = source.Origin,
            Config = config.Source,
            Dialect = options.Dialect,
            Cutoff = plan.Cutoff,
            EntriesInLog = plan.EntriesInLog,
            EntriesReplayed = world.EntriesReplayed,
            LabelsReplayed = world.LabelsReplayed,
            Alerts = world.Alerts.Published.Count,
            Created = e.Created,
            Ended = LastActivity(plan, supervisor),
            Checks = supervisor.Outcomes,
            PendingChecks = supervisor.Engine.Queue.ItemsFor(e.GraceId.ToString()).Where(i => !i.Complete).Sum(i => i.Tasks.Count),
            Emails = supervisor.Outbox.Sent,
            Annotations = world.Copy.Logs(e.GraceId).Where(l => l.TagNames.Contains(ReplayPlan.SupervisorTag, StringComparer.Ordinal)).ToList(),
            SupervisorErrors = supervisor.Log.Lines.Where(l => IsError(l.Message)).Select(l => l.Message).ToList(),
            Notes = [.. source.Warnings, .. plan.Notes, .. world.Notes],
            Log = supervisor.Log.Lines,
        };
    }

    /// <summary>
    /// The last step or check. The engine's timer may still wake later for an item whose checks all finished early,
    /// which is no activity worth reporting.
    /// </summary>
    private static DateTimeOffset LastActivity(ReplayPlan plan, SupervisorUnderTest supervisor)
    {
        DateTimeOffset created = plan.EventAtCreation.Created;
        DateTimeOffset lastStep = plan.Steps.Count == 0 ? created : created + plan.Steps[^1].Offset;
        DateTimeOffset lastCheck = supervisor.Outcomes.Count == 0 ? created : supervisor.Outcomes.Max(o => o.Time);
        return lastStep > lastCheck ? lastStep : lastCheck;
    }

    private static bool IsError(string message) =>
        message.StartsWith("parseAlert failed", StringComparison.Ordinal) || message.Contains(".execute failed", StringComparison.Ordinal);
}
