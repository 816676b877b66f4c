using System.Text;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Simulation.Uploads;

namespace LvalertTest.Simulation.Generators.Pipelines;

/// <summary>
/// A pipeline: it creates the event at t0 with its upload in the format the server reads (carrying gpstime, FAR,
/// instruments and extra attributes), then posts its ancillary files. Options: <c>group</c>, <c>search</c> (empty
/// for none).
/// </summary>
public abstract class PipelineGenerator(string pipeline, string group, string search) : Generator
{
    /// <summary>The pipeline's name, as GraceDb spells it (<c>gstlal</c>, <c>MBTAOnline</c>, <c>CWB</c>, <c>LIB</c>, ...).</summary>
    public string Pipeline { get; } = pipeline;

    public override string Name => Pipeline;

    public override IReadOnlyList<KeyValuePair<string, string>> DefaultOptions => [Option("group", group), Option("search", search)];

    public override Schedule Generate(GeneratorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        UploadDetails details = UploadDetails.Draw(run.Stream, run.Facts.Instruments);
        string? searchName = run.Settings.Option("search") is { Length: > 0 } s ? s : null;
        string fileName = PipelineUploads.FileName(Pipeline, run.Facts.GpsTime);
        string content = Encoding.UTF8.GetString(PipelineUploads.For(Pipeline, run.Facts.GpsTime, run.Facts.Far, run.Facts.InstrumentList, details));
        var actions = new List<SimAction> { SimAction.At(0, new CreateEvent(run.Handle, run.Settings.Option("group"), Pipeline, searchName, fileName, content)) };
        actions.AddRange(Ancillary(run, details));
        return Schedule.From(actions);
    }

    /// <summary>The uploads after creation, each a step.</summary>
    protected virtual IEnumerable<SimAction> Ancillary(GeneratorRun run, UploadDetails details) => [];
}
