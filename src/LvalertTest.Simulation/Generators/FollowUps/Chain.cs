using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Generators.FollowUps;

/// <summary>
/// Steps that happen one after another (iDQ's products, segDB2grcDB's flags): each step's delay counts from the
/// previous step, and the first step that does not happen ends the chain, as in the original's loops. Every step's
/// numbers are still drawn, so a probability set to 0 never shifts the draws of anything else.
/// </summary>
internal sealed class Chain(GeneratorRun run, double start)
{
    private readonly List<SimAction> _actions = [];

    public double Time { get; private set; } = start;

    /// <summary>False once a step has not happened.</summary>
    public bool Intact { get; private set; } = true;

    public IReadOnlyList<SimAction> Actions => _actions;

    /// <summary>Draws <paramref name="settings"/>; if the chain is intact and the step happens, posts <paramref name="logs"/>.</summary>
    public void Next(StepSettings settings, params WriteLog[] logs)
    {
        StepDraw draw = run.Draw(settings);
        if (!Intact)
        {
            return;
        }

        if (!draw.Happens)
        {
            Intact = false;
            return;
        }

        Time += draw.Seconds;
        foreach (WriteLog log in logs)
        {
            _actions.Add(SimAction.At(Time, log));
        }
    }

    public void Next(string step, params WriteLog[] logs) => Next(run.Step(step), logs);
}
