using System.Text;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Config;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Uploads;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>
/// The event supervisor wired as in production, in virtual time: an in-memory fake GraceDb whose alerts reach the
/// engine as they are published, the engine running the event_supervisor process type from a real childConfig.
/// </summary>
internal sealed class EsHarness : IDisposable
{
    public static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);

    /// <param name="configPath">A real childConfig, loaded unchanged unless <paramref name="editConfig"/> edits the text in memory.</param>
    /// <param name="editConfig">Edits to the config text (e.g. turning warnings on).</param>
    /// <param name="checksSee">What the checks see of GraceDb (e.g. a fault-injecting wrapper); the store itself by default.</param>
    /// <param name="dialect">The alert dialect the fake GraceDb publishes in.</param>
    public EsHarness(string configPath, Func<string, string>? editConfig = null, Func<IGraceDb, IGraceDb>? checksSee = null, AlertDialect dialect = AlertDialect.Legacy)
    {
        string text = File.ReadAllText(configPath);
        Config = new EsConfig(IniDocument.Parse(editConfig is null ? text : editConfig(text), configPath));
        Kernel = new SimulationKernel(T0);
        Db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = Kernel.Clock, ServiceUrl = "https://gracedb.ligo.org/api/", Dialect = dialect });
        Context = new EsContext(checksSee is null ? Db : checksSee(Db), Config, Outbox, Log, Outcomes.Add);
        Engine = new SupervisorEngine(new EventSupervisorProcessType(Context), new EngineOptions { Host = "h" }, Outbox, Log, Kernel.Clock);
        Db.Subscribe(new ToEngine(Engine, Alerts));
    }

    /// <summary>The eventSupervisor Tests config (every dt about 1 s), the one most item tests use.</summary>
    public static string TestsConfig { get; } = RepositoryPaths.Fixture("eventsupervisor-configs", "eventSupervisor_Tests-configMP.ini");

    /// <summary>The Tests config with e-mail switched on in memory (the file says <c>warnings = False</c>), plus <paramref name="edit"/>.</summary>
    public static EsHarness WithMail(Func<string, string>? edit = null, Func<IGraceDb, IGraceDb>? checksSee = null, AlertDialect dialect = AlertDialect.Legacy) =>
        new(TestsConfig, text => (edit ?? (t => t))(text.Replace("warnings = False", "warnings = True", StringComparison.Ordinal)), checksSee, dialect);

    public EsConfig Config { get; }

    public SimulationKernel Kernel { get; }

    public FileSystemGraceDb Db { get; }

    public EsContext Context { get; }

    public SupervisorEngine Engine { get; }

    public RecordedOutbox Outbox { get; } = new();

    public RecordingLog Log { get; } = new();

    public List<CheckOutcome> Outcomes { get; } = [];

    public List<Alert> Alerts { get; } = [];

    /// <summary>A CBC event with its pipeline's real-shaped upload (the coinc table carries gpstime, FAR and instruments).</summary>
    public GraceId CreateEvent(string pipeline = "gstlal", string group = "CBC", double far = 1e-8, string instruments = "H1,L1", double gps = 1187008882.4457, string? fileName = null)
    {
        byte[] upload = PipelineUploads.For(pipeline, gps, far, instruments);
        return Db.CreateEvent(group, pipeline, null, fileName ?? PipelineUploads.FileName(pipeline, gps), upload).GraceId;
    }

    public void WriteLog(GraceId id, string comment, string? file = null, string? content = null, params string[] tags) =>
        Db.WriteLog(id, comment, file, file is null ? null : Encoding.UTF8.GetBytes(content ?? new string('x', 200)), tags.Length == 0 ? null : tags);

    public void RunFor(double seconds) => Kernel.RunFor(TimeSpan.FromSeconds(seconds));

    /// <summary>"+seconds subject" for every e-mail, in order.</summary>
    public List<string> Mails() => Outbox.Sent.Select(e => $"+{(e.Time - T0).TotalSeconds} {e.Subject}").ToList();

    /// <summary>"+seconds item.task verdict: warning" for every finished check, in order.</summary>
    public List<string> Checks() => Outcomes.Select(o =>
        $"+{(o.Time - T0).TotalSeconds} {o.Item}.{o.Task} {(o.ActionRequired switch { true => "action required", false => "ok", null => "exception" })}: {o.Warning}").ToList();

    public void Dispose()
    {
        Engine.Dispose();
        Db.Dispose();
    }

    private sealed class ToEngine(SupervisorEngine engine, List<Alert> seen) : IAlertPublisher
    {
        public void Publish(Alert alert)
        {
            seen.Add(alert);
            engine.Receive(alert.Node, alert.Json);
        }
    }
}
