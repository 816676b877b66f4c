using System.Globalization;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Simulation.Uploads;

namespace LvalertTest.Simulation.Generators.FollowUps;

/// <summary>
/// segDB2grcDB (the original's dq.SegDB2GrcDB): the start message, one segment file per flag in <c>flags</c> (each
/// counting from the previous; the first missing flag ends the list), the union of active segments, and the finish
/// message, which comes even after a missing flag, as in the original. A flag's numbers are the step named after
/// the flag (from an event config's flag section) or else the <c>flag</c> step; its window is <c>win &lt;flag&gt;</c>
/// or else <c>win</c> seconds either side of the event.
/// </summary>
public sealed class SegDbGenerator : Generator, IStepFallback
{
    public const string Server = "https://segments.ligo.org";

    public static SegDbGenerator Instance { get; } = new();

    /// <summary>The flags of the production (ER10) CBC supervisor config: checking them all needs them all posted.</summary>
    public static IReadOnlyList<string> ProductionFlags { get; } =
    [
        "H1:DMT-ANALYSIS_READY:1", "H1:DMT-OMC_DCPD_ADC_OVERFLOW:1", "H1:DMT-ETMY_ESD_DAC_OVERFLOW:1",
        "L1:DMT-ANALYSIS_READY:1", "L1:DMT-OMC_DCPD_ADC_OVERFLOW:1", "L1:DMT-ETMY_ESD_DAC_OVERFLOW:1",
        "H1:ODC-INJECTION:2", "L1:ODC-INJECTION:2",
        "H1:ODC-INJECTION_TRANSIENT:2", "H1:ODC-INJECTION_CBC:2", "H1:ODC-INJECTION_BURST:2", "H1:ODC-INJECTION_DETCHAR:2",
        "H1:ODC-INJECTION_STOCHASTIC:2", "H1:ODC-INJECTION_CW:2",
        "L1:ODC-INJECTION_TRANSIENT:2", "L1:ODC-INJECTION_CBC:2", "L1:ODC-INJECTION_BURST:2", "L1:ODC-INJECTION_DETCHAR:2",
        "L1:ODC-INJECTION_STOCHASTIC:2", "L1:ODC-INJECTION_CW:2",
    ];

    public override string Name => "segDB2grcDB";

    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps =>
        [Step("start", 2, 0.5), Step("flag", 10, 2), Step("any", 5, 1), Step("finish", 0, 0)];

    public override IReadOnlyList<KeyValuePair<string, string>> DefaultOptions =>
        [Option("flags", string.Join(' ', ProductionFlags)), Option("win", "30")];

    public override bool HasStep(string step, GeneratorSettings settings) =>
        base.HasStep(step, settings) || settings.Words("flags").Contains(step, StringComparer.Ordinal);

    public override IEnumerable<string> StepNames(GeneratorSettings settings) => base.StepNames(settings).Concat(settings.Words("flags"));

    public StepSettings SettingsFor(string step, GeneratorSettings settings) =>
        settings.Steps.TryGetValue(step, out StepSettings? own) ? own : settings.Steps["flag"];

    /// <summary>The segment file of a flag: <c>H1:DMT-ANALYSIS_READY:1</c> → <c>H1-DMT_ANALYSIS_READY_1-&lt;start&gt;-&lt;duration&gt;.xml.gz</c>.</summary>
    public static string SegmentFile(string flag, long start, long duration)
    {
        ArgumentNullException.ThrowIfNull(flag);
        string[] parts = flag.Split(':');
        string rest = string.Join("_", parts.Skip(1).Select(p => p.Replace('-', '_')));
        return string.Create(CultureInfo.InvariantCulture, $"{parts[0]}-{rest}-{start}-{duration}.xml.gz");
    }

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var actions = new List<SimAction>();
        StepDraw start = run.Draw("start");
        if (start.Happens)
        {
            actions.Add(SimAction.At(start.Seconds, new WriteLog(run.Handle, $"began searching for segments in : {Server}")));
        }

        var chain = new Chain(run, start.Seconds);
        double widest = 0;
        foreach (string flag in run.Settings.Words("flags"))
        {
            double win = run.Settings.Options.ContainsKey($"win {flag}") ? run.Number($"win {flag}") : run.Number("win");
            widest = Math.Max(widest, win);
            long segStart = (long)Math.Floor(run.Facts.GpsTime - win);
            chain.Next(SettingsFor(flag, run.Settings), new WriteLog(run.Handle, flag, SegmentFile(flag, segStart, (long)Math.Round(2 * win)), FileBytes: SimulatedFiles.EmptyLigoLw()));
        }

        long anyStart = (long)Math.Floor(run.Facts.GpsTime - widest);
        chain.Next("any", new WriteLog(run.Handle, "union of active segments for all flags",
            string.Create(CultureInfo.InvariantCulture, $"allActive-{anyStart}-{(long)Math.Round(2 * widest)}.json"), "{}\n"));
        actions.AddRange(chain.Actions);

        // The original posted its finish message even when a flag was missing.
        StepDraw finish = run.Draw("finish");
        if (finish.Happens)
        {
            actions.Add(SimAction.At(chain.Time + finish.Seconds, new WriteLog(run.Handle, $"finished searching for segments in : {Server}")));
        }

        return Schedule.From(actions);
    }
}
