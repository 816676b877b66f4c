using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Generators.FollowUps;

/// <summary>
/// A search that reports once (the original's misc.ExternalTriggers and misc.UnblindInjections): the external-trigger
/// coincidence search and the unblind-injection search. The original used segDB2grcDB's last flag delay for both;
/// here each uses its own <c>report</c> step.
/// </summary>
public sealed class SearchGenerator(string name, string message) : Generator
{
    public static SearchGenerator ExternalTriggers { get; } = new("externalTriggers", "Coincidence search complete");

    public static SearchGenerator UnblindInjections { get; } = new("unblindInjections", "No unblind injections in window");

    public override string Name => name;

    public string Message => message;

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps => [Step("report", 15, 3)];

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        StepDraw report = run.Draw("report");
        return report.Happens ? Schedule.Of(SimAction.At(report.Seconds, new WriteLog(run.Handle, message))) : Schedule.Empty;
    }
}
