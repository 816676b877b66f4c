using System.Text;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Config;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Uploads;
using LvalertTest.Supervisor.ApprovalProcessor;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Tests.ApprovalProcessor;

/// <summary>
/// The approval processor wired as in production, in virtual time: an in-memory fake GraceDb whose alerts reach the
/// engine as they are published, the engine running approval_processorMP from the real childConfig.
/// </summary>
internal sealed class ApHarness : IDisposable
{
    public static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);

    public static string ChildConfig { get; } = RepositoryPaths.Fixture("approval-processor-configs", "childConfig-approval_processorMP.ini");

    /// <param name="editConfig">Edits to the real config's text, in memory.</param>
    public ApHarness(Func<string, string>? editConfig = null, AlertDialect dialect = AlertDialect.Legacy)
    {
        string text = File.ReadAllText(ChildConfig);
        Config = new ApConfig(IniDocument.Parse(editConfig is null ? text : editConfig(text), ChildConfig));
        Kernel = new SimulationKernel(T0);
        Db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = Kernel.Clock, ServiceUrl = "https://gracedb.ligo.org/api/", Dialect = dialect });
        ProcessType = new ApprovalProcessorProcessType(new ApContext(Db, Config, Outbox, Log));
        Engine = new SupervisorEngine(ProcessType, new EngineOptions { Host = "h" }, Outbox, Log, Kernel.Clock);
        Db.Subscribe(new ToEngine(Engine));
    }

    public ApConfig Config { get; }

    public SimulationKernel Kernel { get; }

    public FileSystemGraceDb Db { get; }

    public ApprovalProcessorProcessType ProcessType { get; }

    public SupervisorEngine Engine { get; }

    public RecordedOutbox Outbox { get; } = new();

    public RecordingLog Log { get; } = new();

    public GraceId CreateEvent(string pipeline = "gstlal", string group = "CBC", double far = 1e-8, string instruments = "H1,L1", double gps = 1187008882.4457, string? search = null) =>
        Db.CreateEvent(group, pipeline, search, PipelineUploads.FileName(pipeline, gps), PipelineUploads.For(pipeline, gps, far, instruments)).GraceId;

    public void Skymap(GraceId id, string file = "bayestar.fits.gz") =>
        Db.WriteLog(id, "INFO:BAYESTAR:uploaded sky map", file, Encoding.UTF8.GetBytes(new string('x', 200)), ["sky_loc", "lvem"]);

    public void Operator(GraceId id, string ifo, SignoffStatus status = SignoffStatus.OK) =>
        Db.CreateSignoff(id, SignoffType.OP, ifo, status, "operator says " + status);

    public void Advocate(GraceId id, SignoffStatus status = SignoffStatus.OK) =>
        Db.CreateSignoff(id, SignoffType.ADV, null, status, "advocate says " + status);

    public void RunFor(double seconds) => Kernel.RunFor(TimeSpan.FromSeconds(seconds));

    /// <summary>Advances the clock to T0 + seconds.</summary>
    public void RunUntil(double seconds) => Kernel.RunFor(T0.AddSeconds(seconds) - Kernel.Clock.GetUtcNow());

    /// <summary>"+seconds comment" for every AP: comment on the event, in order.</summary>
    public List<string> Comments(GraceId id) =>
        Db.Logs(id).Where(l => l.Comment.StartsWith("AP: ", StringComparison.Ordinal)).Select(l => $"+{Seconds(l.Created)} {l.Comment}").ToList();

    public List<string> Labels(GraceId id) => Db.Labels(id).Select(l => $"+{Seconds(l.Created)} {l.Name}").ToList();

    /// <summary>"+seconds type internal=… skymap=…" for every VOEvent.</summary>
    public List<string> VoEvents(GraceId id) =>
        Db.VoEvents(id).Select(v => $"+{Seconds(v.Created)} {v.VoEventType} internal={v.Internal} inj={v.HardwareInjection} skymap={v.SkymapFileName ?? "-"} type={v.SkymapType ?? "-"}").ToList();

    public List<string> Mails() => Outbox.Sent.Select(e => $"+{Seconds(e.Time)} {string.Join(' ', e.To)} | {e.Subject}").ToList();

    public static double Seconds(DateTimeOffset time) => (time - T0).TotalSeconds;

    public void Dispose()
    {
        Engine.Dispose();
        Db.Dispose();
    }

    public sealed class ToEngine(SupervisorEngine engine) : IAlertPublisher
    {
        public void Publish(Alert alert) => engine.Receive(alert.Node, alert.Json);
    }
}
