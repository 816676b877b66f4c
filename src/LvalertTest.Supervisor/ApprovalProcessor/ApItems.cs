using System.Text.Json.Nodes;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>
/// The approval processor's queue items. Their tasks find the event record or throttle by key when they run, so a
/// checkpoint restores them from a recipe naming the key and the process type's saved state.
/// </summary>
internal static class ApItems
{
    public const string ForgetKind = "approval_processor.forgetMeNow";
    public const string ThrottleKind = "approval_processor.pipelineThrottle";
    public const string InjectionWaitKind = "approval_processor.hardwareInjectionWait";

    public const string ForgetName = "forget me now";
    public const string ThrottleName = "pipeline throttle";
    public const string InjectionWaitName = "hardware injection wait";

    public static QueueItem Forget(DateTimeOffset t0, string graceId, ApprovalProcessorProcessType owner, TimeSpan timeout) =>
        new(t0, [new ForgetTask("removeEventDict", timeout, graceId, owner), new ForgetTask("cleanUpQueue", timeout, graceId, owner)], ForgetName, graceId, Recipe(ForgetKind, graceId));

    public static QueueItem Throttle(DateTimeOffset t0, string key, ApprovalProcessorProcessType owner, TimeSpan window) =>
        new(t0, [new ThrottleTask(window, key, owner)], ThrottleName, key, Recipe(ThrottleKind, key));

    public static QueueItem InjectionWait(DateTimeOffset t0, string graceId, ApprovalProcessorProcessType owner, TimeSpan wait) =>
        new(t0, [new InjectionWaitTask(wait, graceId, owner)], InjectionWaitName, graceId, Recipe(InjectionWaitKind, graceId));

    public static string Key(ItemRecipe recipe) => (string?)recipe.Arguments["key"] ?? throw new InvalidDataException($"{recipe.Kind}: key is missing");

    private static ItemRecipe Recipe(string kind, string key) => new(kind, new JsonObject { ["key"] = key });

    /// <summary>Forgets the event a timeout after its last alert; a later alert moves that time, so the task re-arms.</summary>
    private sealed class ForgetTask(string name, TimeSpan timeout, string graceId, ApprovalProcessorProcessType owner) : SupervisorTask(name, timeout)
    {
        public override void Execute(DateTimeOffset now)
        {
            if (owner.Record(graceId) is { } record && record.LastAlert + Timeout > now)
            {
                RearmAt(record.LastAlert + Timeout);
                return;
            }

            if (Name == "removeEventDict")
            {
                owner.ForgetEvent(graceId, now);
            }
            else
            {
                owner.CleanUpQueue(graceId, now);
            }
        }
    }

    /// <summary>Drops expired events; re-arms at the oldest one's expiry, and ends (releasing the key) when none is left.</summary>
    private sealed class ThrottleTask(TimeSpan window, string key, ApprovalProcessorProcessType owner) : SupervisorTask("manageEvents", window)
    {
        public override void Execute(DateTimeOffset now)
        {
            if (owner.ManageThrottle(key, now) is { } next)
            {
                RearmAt(next);
            }
        }
    }

    /// <summary>The original slept wait_for_hardware_inj seconds, blocking everything; here the checks run that much later in virtual time.</summary>
    private sealed class InjectionWaitTask(TimeSpan wait, string graceId, ApprovalProcessorProcessType owner) : SupervisorTask("checkAfterInjectionWait", wait)
    {
        public override void Execute(DateTimeOffset now) => owner.AfterInjectionWait(graceId, now);
    }
}
