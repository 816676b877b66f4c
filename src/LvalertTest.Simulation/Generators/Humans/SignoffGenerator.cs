using LvalertTest.Core.Events;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Generators.Humans;

/// <summary>
/// Humans asked to sign off (the original's humans.Site and humans.Adv): the request label (<c>H1OPS</c>,
/// <c>L1OPS</c>, <c>V1OPS</c> per site among the event's instruments; <c>ADVREQ</c> for the advocate), then, no
/// earlier, the answer as a sign-off (OK with probability <c>success prob</c>, else NO), which GraceDb turns into the
/// <c>H1OK</c>/<c>H1NO</c> label. Comments come from a seeded Faker. The original gave the site request a jitter
/// equal to its delay; here it has its own.
/// </summary>
public sealed class SignoffGenerator(string name, SignoffType type, double respondDelay, double successProb) : Generator
{
    private static readonly string[] Sites = ["H1", "L1", "V1"];

    public static SignoffGenerator SiteOperators { get; } = new("site", SignoffType.OP, 30, 0.9);

    public static SignoffGenerator Advocate { get; } = new("advocate", SignoffType.ADV, 45, 0.5);

    public override string Name => name;

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps =>
        [Step("request", 10, 2), Step("respond", respondDelay, 5, 0.9)];

    public override IReadOnlyList<KeyValuePair<string, string>> DefaultOptions =>
        [Option("request", "True"), Option("respond", "True"), Option("success prob", successProb.ToString("R", System.Globalization.CultureInfo.InvariantCulture))];

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        IEnumerable<string?> who = type == SignoffType.OP ? run.Facts.Instruments.Where(Sites.Contains).Cast<string?>() : new string?[] { null };
        double success = run.Probability("success prob");
        var actions = new List<SimAction>();
        foreach (string? ifo in who)
        {
            GeneratorRun one = run.Fork(ifo ?? "ADV");
            StepDraw request = one.Draw("request");
            StepDraw respond = one.Draw("respond");
            bool ok = one.Stream.Bernoulli(success);
            string comment = $"{one.Faker.Name.FullName()}: {one.Faker.Lorem.Sentence()}";
            bool requested = request.Happens && run.Settings.Flag("request");
            if (requested)
            {
                actions.Add(SimAction.At(request.Seconds, new AddLabel(run.Handle, ifo is null ? "ADVREQ" : ifo + "OPS")));
            }

            // An answer needs a question: GraceDb refuses a sign-off nobody requested.
            if (requested && respond.Happens && run.Settings.Flag("respond"))
            {
                actions.Add(SimAction.At(Math.Max(request.Seconds, respond.Seconds), new SignOff(run.Handle, type, ifo, ok ? SignoffStatus.OK : SignoffStatus.NO, comment)));
            }
        }

        return Schedule.From(actions);
    }
}
