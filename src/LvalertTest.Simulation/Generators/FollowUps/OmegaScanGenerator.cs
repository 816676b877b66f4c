using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Generators.FollowUps;

/// <summary>
/// Automatic OmegaScans at one site: the start message naming the chansets (exactly as the supervisor's start check
/// builds it), one <c>&lt;chanset&gt;.json</c> per chanset, then the finish message after the last of them.
/// Not in the original lvalertTest; the strings are those of the supervisor's omega-scan items.
/// </summary>
public sealed class OmegaScanGenerator(string site, string chansets) : Generator
{
    public const string StartPrefix = "automatic OmegaScans begun for: ";

    public const string FinishPrefix = "automatic OmegaScans finished for: ";

    public static OmegaScanGenerator H1 { get; } = new("H1", "h1_llhoft h1_r-reduced h1_r-standard");

    public static OmegaScanGenerator L1 { get; } = new("L1", "l1_llhoft l1_r-reduced l1_r-standard");

    public override string Name => $"omegaScan{site}";

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps =>
        [Step("start", 3, 1), Step("data", 300, 60), Step("finish", 10, 2)];

    public override IReadOnlyList<KeyValuePair<string, string>> DefaultOptions => [Option("chansets", chansets)];

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        IReadOnlyList<string> sets = run.Settings.Words("chansets");
        string names = string.Join(", ", sets);
        StepDraw start = run.Draw("start");
        var actions = new List<SimAction>();
        double last = start.Seconds;
        bool all = true;
        foreach (string chanset in sets)
        {
            StepDraw data = run.Fork(chanset).Draw("data");
            all &= data.Happens;
            if (start.Happens && data.Happens)
            {
                actions.Add(SimAction.At(start.Seconds + data.Seconds, new WriteLog(run.Handle, $"OmegaScan of {chanset}", chanset + ".json", "{}\n")));
                last = Math.Max(last, start.Seconds + data.Seconds);
            }
        }

        StepDraw finish = run.Draw("finish");
        if (start.Happens)
        {
            actions.Insert(0, SimAction.At(start.Seconds, new WriteLog(run.Handle, StartPrefix + names)));
            if (all && finish.Happens)
            {
                actions.Add(SimAction.At(last + finish.Seconds, new WriteLog(run.Handle, FinishPrefix + names)));
            }
        }

        return Schedule.From(actions);
    }
}
