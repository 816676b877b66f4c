using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// The unblind-injection search reported that none were found. The original had this backwards (it asked for action
/// when the reassuring statement was present); here the statement's presence means no action.
/// </summary>
internal sealed class UnblindInjectionsTask(EsTaskSetup setup, TimeSpan dt)
    : EsTask(setup, "unblindInjections", "check for unblind injections", dt)
{
    private const string Statement = "No unblind injections in window";

    protected override CheckResult Check(DateTimeOffset now) =>
        GraceDb.Logs(Event).Any(l => l.Comment.Contains(Statement, StringComparison.Ordinal))
            ? new CheckResult(false, "process reported that no unblind injections were found")
            : new CheckResult(true, "could not find a statement about unblind injections");

    public override bool SatisfiedBy(JsonObject alert) =>
        alert?["description"] is JsonValue d && d.ToString().Contains(Statement, StringComparison.Ordinal);
}
