using System.Globalization;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Simulation.Uploads;

namespace LvalertTest.Simulation.Generators.FollowUps;

/// <summary>
/// iDQ (the original's dq.IDQ): per instrument, a start message, then per classifier its glitch tables, minimum
/// glitch-FAP and maximum glitch-rank, FAP and rank frames, timeseries plot, active channels, calibration, ROC and
/// statistics, then the finish message; each step counts from the previous one. File names and messages are those
/// the supervisor's iDQ checks match (see docs/GENERATORS.md for the original's that did not).
/// </summary>
public sealed class IdqGenerator : Generator
{
    public static IdqGenerator Instance { get; } = new();

    public override string Name => "idq";

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps =>
    [
        Step("start", 1, 0.5), Step("tables", 10, 1), Step("fap", 5, 1), Step("gwf", 5, 1), Step("timeseries", 5, 1),
        Step("activeChan", 10, 1), Step("calib", 20, 5), Step("roc", 20, 5), Step("stats", 30, 5), Step("finish", 0, 0),
    ];

    public override IReadOnlyList<KeyValuePair<string, string>> DefaultOptions =>
    [
        Option("instruments", "H1 L1"), Option("classifiers", "ovl"), Option("pad left", "10"), Option("pad right", "10"),
        Option("minFAP", "1e-5"), Option("maxFAP", "1.0"),
    ];

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        double padLeft = run.Number("pad left");
        double padRight = run.Number("pad right");
        long s = (long)Math.Floor(run.Facts.GpsTime - padLeft);
        long dur = (long)Math.Round(padLeft + padRight);
        long e = s + dur;
        var actions = new List<SimAction>();
        foreach (string ifo in run.Settings.Words("instruments"))
        {
            GeneratorRun at = run.Fork(ifo);
            StepDraw start = at.Draw("start");
            var chain = new Chain(at, start.Seconds);
            if (start.Happens)
            {
                actions.Add(SimAction.At(start.Seconds, Log(run, $"Started searching for iDQ information within [{s}, {e}] at {ifo}")));
            }

            foreach (string clf in run.Settings.Words("classifiers"))
            {
                // Drawn whatever happens, like every step's numbers.
                double fap = at.Stream.LogUniform(run.Number("minFAP"), run.Number("maxFAP"));
                double rank = at.Stream.NextDouble();
                string window = $"within [{s}, {e}]";
                string F(string name, string ext) => $"{ifo}_{clf}_{name}-{s}-{dur}.{ext}";
                chain.Next("tables", Log(run, $"iDQ glitch tables {ifo}:", $"{ifo}_idq_{clf}-{s}-{dur}.xml.gz", SimulatedFiles.EmptyLigoLw()));
                chain.Next("fap",
                    Log(run, string.Create(CultureInfo.InvariantCulture, $"minimum glitch-FAP for {clf} at {ifo} {window} is {fap:0.000e+00}"), $"{ifo}_{clf}_minFAP_{WriteLog.GraceIdPlaceholder}-{s}-{dur}.json", Json("fap", fap)),
                    Log(run, string.Create(CultureInfo.InvariantCulture, $"maximum glitch-RANK for {clf} at {ifo} {window} is {rank:0.000e+00}"), $"{ifo}_{clf}_maxRANK_{WriteLog.GraceIdPlaceholder}-{s}-{dur}.json", Json("rank", rank)));
                chain.Next("gwf",
                    Log(run, $"iDQ fap timeseries for {clf} at {ifo} {window} :", $"{ifo}_idq_{clf}_fap-{s}-{dur}.gwf"),
                    Log(run, $"iDQ glitch-rank frame for {clf} at {ifo} {window} :", $"{ifo}_idq_{clf}_rank-{s}-{dur}.gwf"));
                chain.Next("timeseries", Log(run, $"iDQ fap and glitch-rank timeseries plot for {clf} at {ifo}:", F("timeseries", "png")));
                chain.Next("activeChan",
                    Log(run, $"iDQ (possible) active channels for {clf} at {ifo}", F("chanlist", "json")),
                    Log(run, $"iDQ channel strip chart for {clf} at {ifo}", F("chanstrip", "png")));
                chain.Next("calib",
                    Log(run, $"iDQ calibration sanity check for {clf} at {ifo}", F("calib", "json")),
                    Log(run, $"iDQ calibration sanity check figure for {clf} at {ifo}", F("calib", "png")));
                chain.Next("roc",
                    Log(run, $"iDQ local ROC curves for {clf} at {ifo}", F("ROC", "json")),
                    Log(run, $"iDQ local ROC figure for {clf} at {ifo}", F("ROC", "png")));
                chain.Next("stats",
                    Log(run, $"iDQ local calibration vital statistics for {clf} at {ifo}", F("calibStats", "json")),
                    Log(run, $"iDQ local training vital statistics for {clf} at {ifo}", F("trainStats", "json")));
            }

            // The finish message only when every product was posted (the original's for...else).
            chain.Next("finish", Log(run, $"Finished searching for iDQ information within [{s}, {e}] at {ifo}"));
            actions.AddRange(start.Happens ? chain.Actions : []);
        }

        return Schedule.From(actions);
    }

    private static WriteLog Log(GeneratorRun run, string comment, string? file = null, byte[]? bytes = null) =>
        new(run.Handle, comment, file, file is null || bytes is not null ? null : "{}\n", FileBytes: bytes);

    private static byte[] Json(string key, double value) =>
        System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"{key}\": {value:R}}}\n"));
}
