using System.Globalization;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Simulation.Uploads;

namespace LvalertTest.Simulation.Generators.Pipelines;

/// <summary>
/// A CBC pipeline (the original's CBCPipeline and subclasses): the coinc table, then <c>Log File Created</c>
/// (event.log), <c>Coinc Table created</c> (coinc.xml), the PSD (psd.xml.gz, with the pipeline's own message) and,
/// for gstlal, <c>ranking statistic PDFs</c> (ranking_data.xml.gz).
/// </summary>
public sealed class CbcPipelineGenerator : PipelineGenerator
{
    private readonly string _psdMessage;
    private readonly bool _ranking;

    private CbcPipelineGenerator(string pipeline, string psdMessage, bool ranking)
        : base(pipeline, "CBC", "AllSky")
    {
        _psdMessage = psdMessage;
        _ranking = ranking;
    }

    public const string PsdFile = "psd.xml.gz";

    public static CbcPipelineGenerator Gstlal { get; } = new("gstlal", "strain spectral densities", ranking: true);

    public static CbcPipelineGenerator GstlalSpiir { get; } = new("gstlal-spiir", "strain spectral densities", ranking: false);

    public static CbcPipelineGenerator MbtaOnline { get; } = new("MBTAOnline", "PSDs", ranking: false);

    public static CbcPipelineGenerator Pycbc { get; } = new("pycbc", "PyCBC PSD estimate from the time of event", ranking: false);

    // The PSD comes with the event (the original: 10 ± 1 s): the supervisor's event-creation check (dt = 0 in every
    // production config) looks for it as soon as the new-event alert arrives.
    public override IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps =>
        _ranking
            ? [Step("log", 0.5, 1), Step("coinc", 1, 0.1), Step("psd", 0, 0), Step("ranking", 15, 1)]
            : [Step("log", 0.5, 1), Step("coinc", 1, 0.1), Step("psd", 0, 0)];

    protected override IEnumerable<SimAction> Ancillary(GeneratorRun run, UploadDetails details)
    {
        var facts = run.Facts;
        string eventLog = string.Join("\n",
            $"Pipeline : {Pipeline}",
            $"Search : {run.Settings.Option("search")}",
            string.Create(CultureInfo.InvariantCulture, $"MChirp : {details.ChirpMass:R}"),
            string.Create(CultureInfo.InvariantCulture, $"MTot : {details.Mass1 + details.Mass2:R}"),
            string.Create(CultureInfo.InvariantCulture, $"End Time : {facts.GpsTime:R}"),
            string.Create(CultureInfo.InvariantCulture, $"SNR : {details.NetworkSnr:R}"),
            $"IFOs : {facts.InstrumentList}",
            string.Create(CultureInfo.InvariantCulture, $"FAR : {facts.Far:R}")) + "\n";
        string coinc = System.Text.Encoding.UTF8.GetString(PipelineUploads.For(Pipeline, facts.GpsTime, facts.Far, facts.InstrumentList, details));
        var steps = new List<(string Step, WriteLog Log)>
        {
            ("log", new WriteLog(run.Handle, "Log File Created", "event.log", eventLog)),
            ("coinc", new WriteLog(run.Handle, "Coinc Table created", "coinc.xml", coinc)),
            ("psd", new WriteLog(run.Handle, _psdMessage, PsdFile, FileBytes: SimulatedFiles.Psd(facts.Instruments, facts.GpsTime))),
        };
        if (_ranking)
        {
            steps.Add(("ranking", new WriteLog(run.Handle, "ranking statistic PDFs", "ranking_data.xml.gz", FileBytes: SimulatedFiles.EmptyLigoLw())));
        }

        foreach ((string step, WriteLog log) in steps)
        {
            StepDraw draw = run.Draw(step);
            if (draw.Happens)
            {
                yield return SimAction.At(draw.Seconds, log);
            }
        }
    }
}
