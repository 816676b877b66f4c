using System.Collections.Immutable;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Simulation.Uploads;

namespace LvalertTest.Simulation.Generators.FollowUps;

/// <summary>One step of a parameter-estimation run: its name, default numbers and the logs it posts.</summary>
public sealed record PeStep(string Name, StepSettings Defaults, ImmutableArray<PeLog> Logs);

/// <summary>A log of a PE step; <see cref="Skymap"/> marks the sky-map upload (a valid FITS file, tagged sky_loc [+ lvem]).</summary>
public sealed record PeLog(string Comment, string? File = null, bool Skymap = false, string? Tag = null);

/// <summary>
/// A parameter-estimation pipeline (the original's pe.py): its steps happen in order, each no earlier than the one
/// before (<c>finish = max(start, N(finish))</c>, <c>skymap = max(finish, N(skymap))</c>), each with its own
/// probability. The sky map is tagged <c>sky_loc</c>, plus <c>lvem</c> when the <c>lvem</c> option is on. Messages and
/// file names are those the supervisor's PE items check (docs/GENERATORS.md lists the original's that differed).
/// </summary>
public class PeGenerator(string name, bool lvem, IReadOnlyList<PeStep> steps, Func<SimAction, bool>? anchor = null) : Generator
{
    public static PeGenerator LalInference { get; } = new("lalinference", lvem: true,
    [
        // Started within the supervisor's 10 s (the original's 10 ± 2 s missed it about half the time).
        new("start", new(3, 1, 1), [new("LALInference online estimation started")]),
        new("finish", new(40, 2, 1), [new("LALInference online estimation finished")]),
        new("skymap", new(45, 5, 1), [new("LALInference", "LALInference.fits.gz", Skymap: true)]),
    ]);

    public static PeGenerator LibPe { get; } = new("lib", lvem: true,
    [
        new("start", new(10, 2, 1), [new("LIB Parameter estimation started.")]),
        new("postsamp", new(40, 2, 1), [new("LIB posterior samples", "posterior_samples.dat")]),
        new("summary", new(40, 2, 1), [new("LIB PE summary")]),
        new("finish", new(40, 2, 1), [new("LIB Parameter estimation finished.")]),
        new("skymap", new(45, 5, 1), [new("LIB", "LIB.fits.gz", Skymap: true)]),
    ]);

    public static PeGenerator BayesWave { get; } = new("bayeswave", lvem: false,
    [
        new("start", new(10, 2, 1), [new("BayesWaveBurst launched")]),
        new("finish", new(40, 2, 1), [new("BWB Follow-up results", Tag: "pe"), new("BWB parameter estimation", Tag: "pe"), new("BWB Bayes Factors", Tag: "pe")]),
        new("skymap", new(45, 5, 1), [new("BWB", "BayesWave.fits.gz", Skymap: true)]),
    ]);

    public static PeGenerator CwbPe { get; } = new("cwbPE", lvem: true,
    [
        new("ced", new(40, 2, 1), [new("cWB CED")]),
        new("finish", new(40, 2, 1), [new("cWB parameter estimation", Tag: "pe")]),
        new("skymap", new(45, 5, 1), [new("cWB skymap fit", "skyprobcc_cWB.fits", Skymap: true)]),
    ]);

    public override string Name => name;

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps => steps.Select(s => new KeyValuePair<string, StepSettings>(s.Name, s.Defaults)).ToList();

    public override IReadOnlyList<KeyValuePair<string, string>> DefaultOptions => [Option("lvem", lvem ? "True" : "False")];

    public override Func<SimAction, bool>? Anchor => anchor;

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        ImmutableArray<string> tags = run.Settings.Flag("lvem") ? ["sky_loc", "lvem"] : ["sky_loc"];
        var actions = new List<SimAction>();
        double time = 0;
        foreach (PeStep step in steps)
        {
            StepDraw draw = run.Draw(step.Name);
            time = Math.Max(time, draw.Seconds);
            foreach (PeLog log in step.Logs)
            {
                // Sky-map contents are drawn whatever happens, so a skipped step does not shift later draws.
                byte[]? bytes = log.Skymap ? SimulatedFiles.Skymap(log.File!, run.Stream) : null;
                if (draw.Happens)
                {
                    ImmutableArray<string> logTags = log.Skymap ? tags : log.Tag is null ? [] : [log.Tag];
                    actions.Add(SimAction.At(time, new WriteLog(run.Handle, log.Comment, log.File, log.File is null || bytes is not null ? null : "simulated\n", logTags, bytes)));
                }
            }
        }

        return Schedule.From(actions);
    }
}

/// <summary>
/// BAYESTAR, started by the PSD upload (the original's only parent-child link): start messages, finish message, the
/// sky map, and, when V1 is among the event's instruments, the sky map without Virgo. Its start comes within the
/// supervisor's 10 s after the PSD (the original's 10 ± 2 s missed it about half the time).
/// </summary>
public sealed class BayestarGenerator() : PeGenerator("bayestar", lvem: true,
    [
        new("start", new(2, 1, 1), [new("INFO:BAYESTAR:by your command..."), new("INFO:BAYESTAR:starting sky localization")]),
        new("finish", new(40, 2, 1), [new("INFO:BAYESTAR:sky localization complete")]),
        new("skymap", new(45, 5, 1), [new("INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", Skymap: true)]),
    ], IsPsdUpload)
{
    public const string NoVirgoFile = "bayestar_no_virgo.fits.gz";

    public static BayestarGenerator Instance { get; } = new();

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps => [.. base.DefaultSteps, Step("noVirgo", 45, 5)];

    public static bool IsPsdUpload(SimAction action) => action?.Body is WriteLog { FileName: Pipelines.CbcPipelineGenerator.PsdFile };

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Schedule main = base.Generate(run);
        StepDraw noVirgo = run.Draw("noVirgo");
        byte[] bytes = SimulatedFiles.Skymap(NoVirgoFile, run.Stream);
        if (!noVirgo.Happens || !run.Facts.Instruments.Contains("V1"))
        {
            return main;
        }

        ImmutableArray<string> tags = run.Settings.Flag("lvem") ? ["sky_loc", "lvem"] : ["sky_loc"];
        return main + Schedule.Of(SimAction.At(Math.Max(main.Span.TotalSeconds, noVirgo.Seconds),
            new WriteLog(run.Handle, "INFO:BAYESTAR:uploaded sky map without Virgo", NoVirgoFile, Tags: tags, FileBytes: bytes)));
    }
}

/// <summary>The EM-bright source classification, made from the PSD upload: <c>Source_Classification_&lt;graceid&gt;.json</c>.</summary>
public sealed class EmBrightGenerator : Generator
{
    public static EmBrightGenerator Instance { get; } = new();

    public override string Name => "embright";

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps => [Step("classification", 10, 2)];

    public override Func<SimAction, bool>? Anchor => BayestarGenerator.IsPsdUpload;

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        StepDraw draw = run.Draw("classification");
        double hasNs = run.Stream.NextDouble();
        double hasRemnant = run.Stream.NextDouble() * hasNs;
        string json = System.FormattableString.Invariant($"{{\"HasNS\": {hasNs:R}, \"HasRemnant\": {hasRemnant:R}}}\n");
        return draw.Happens
            ? Schedule.Of(SimAction.At(draw.Seconds, new WriteLog(run.Handle, "Source classification", $"Source_Classification_{WriteLog.GraceIdPlaceholder}.json", json, ["em_bright"])))
            : Schedule.Empty;
    }
}
