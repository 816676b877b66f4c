using System.Globalization;
using System.Text;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Uploads;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Core.Skymaps;
using LvalertTest.Supervisor.Listening;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>
/// The ER10 production set-up end to end: the real lvalert_listenMP process file and its five eventSupervisor configs,
/// one engine per section, fed every alert the fake GraceDb publishes for a gstlal, a cWB and an oLIB event, in virtual
/// time until every check has run. Asserts each event's items, each check's virtual time, and the final outbox.
/// </summary>
public class Er10ChainTests
{
    private static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private const double Gps = 1187008882.4457;

    private SimulationKernel _kernel = null!;
    private FileSystemGraceDb _db = null!;
    private RecordedOutbox _outbox = null!;
    private List<CheckOutcome> _outcomes = null!;
    private Dictionary<string, RecordingLog> _logs = null!;
    private ListenerHost _host = null!;

    [SetUp]
    public void StartTheListener()
    {
        _kernel = new SimulationKernel(T0);
        _db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = _kernel.Clock, ServiceUrl = "https://gracedb.ligo.org/api/" });
        _outbox = new RecordedOutbox();
        _outcomes = [];
        _logs = new Dictionary<string, RecordingLog>(StringComparer.Ordinal);
        var options = new ListenerHostOptions
        {
            GraceDb = _db,
            Outcomes = _outcomes.Add,
            Logs = request => _logs[request.Section] = new RecordingLog(),
        };
        _host = ListenerHost.Open(RepositoryPaths.Fixture("eventsupervisor-configs", "ER10-lvalert_listenMP-eventSupervisor.ini"), options, _kernel.Clock, new RecordingLog(), _outbox);
        _db.Subscribe(new Journal(_host));
    }

    [TearDown]
    public void StopTheListener()
    {
        _host.Dispose();
        _db.Dispose();
    }

    [Test]
    public void GstlalCwbAndOlibEvents_EveryItemEveryDeadlineAndTheOutbox()
    {
        GraceId gstlal = Create("CBC", "gstlal", "LowMass", "coinc.xml", Gps);
        At(10, () => _db.WriteLog(gstlal, "strain spectral densities", "psd.xml.gz", new byte[4096], ["psd"]));
        At(40, () => _db.WriteLog(gstlal, "INFO:BAYESTAR:starting sky localization"));
        At(70, () => _db.WriteLog(gstlal, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", HealpixFitsWriter.Write(HealpixFitsWriter.Uniform(1)), ["sky_loc", "lvem"]));
        _kernel.RunFor(TimeSpan.FromSeconds(300));
        GraceId cwb = Create("Burst", "CWB", "AllSky", string.Create(CultureInfo.InvariantCulture, $"trigger_{Gps + 300:F4}.txt"), Gps + 300);
        _kernel.RunFor(TimeSpan.FromSeconds(300));
        GraceId olib = Create("Burst", "LIB", "AllSky", string.Create(CultureInfo.InvariantCulture, $"{Gps + 600:F2}-0.json"), Gps + 600);
        _kernel.RunFor(TimeSpan.FromDays(3));

        // Every new-event item of each section's config, then the children of the PSD and BAYESTAR updates and the
        // sky-map items of the FITS upload (ER10 has no [bayestar finish], [bayestarNoVirgo] or [snglFITS start]).
        string[] newEventItems = ["creation rate", "event creation", "external triggers", "far", "h1 omega scan start", "idq start", "l1 omega scan start"];
        string[] alsoNew = ["local rate", "notify", "segdb2grcdb start", "unblind injections"];
        Assert.Multiple(() =>
        {
            Assert.That(Items(gstlal), Is.EqualTo(
                newEventItems.Append("lalinf start").Concat(alsoNew).Select(i => $"[cbc] +0 {i}")
                    .Concat(["[cbc] +10 bayestar start", "[cbc] +40 bayestar", "[cbc] +70 plot skymap", "[cbc] +70 skymap sanity", "[cbc] +70 skyviewer"])));
            Assert.That(Items(cwb), Is.EqualTo(
                new[] { "bayeswave pe start" }.Concat(newEventItems.Take(1)).Append("cwb pe").Concat(newEventItems.Skip(1)).Append("lib pe start").Concat(alsoNew)
                    .Select(i => $"[cwb] +300 {i}")));
            Assert.That(Items(olib), Is.EqualTo(newEventItems.Append("lib pe start").Concat(alsoNew).Select(i => $"[olib] +600 {i}")));

            // Each check at its deadline (creation or parent update + the config's dt), or early when an alert satisfied it.
            string[] checks =
            [
                "+0 G000001 event creation.cbcCoinc ok",
                "+0 G000001 event creation.cbcPSD action required", // ER10 wants the PSD at creation (dt = 0); it came at +10
                "+0 G000001 far.far ok",
                .. StartChecks("+10 G000001"),
                "+10 G000001 notify.notifyByEmail ok",
                "+10 G000001 lalinf start.lalinfStart action required",
                "+20 G000001 bayestar start.bayestarStart action required", // PSD at +10, dt 10; the message came at +40
                "+30 G000001 external triggers.externalTriggers action required",
                "+30 G000001 unblind injections.unblindInjections action required",
                "+70 G000001 bayestar.bayestarSkymap ok (early)", // deadline +130, the upload came at +70
                "+70 G000001 skymap sanity.skymapSanity ok",
                "+130 G000001 plot skymap.plotSkymap action required",
                "+130 G000001 skyviewer.skyviewer action required",
                "+300 G000002 event creation.cWBTrigger ok",
                "+300 G000002 far.far ok",
                .. StartChecks("+310 G000002"),
                "+310 G000002 notify.notifyByEmail ok",
                "+330 G000002 external triggers.externalTriggers action required",
                "+330 G000002 unblind injections.unblindInjections action required",
                "+330 G000002 lib pe start.libPEStart action required",
                "+420 G000002 bayeswave pe start.bayeswavePEStart action required",
                "+420 G000002 cwb pe.cWBPECED action required",
                "+420 G000002 cwb pe.cWBPEEstimate action required",
                "+420 G000002 cwb pe.cWBPESkymap action required",
                "+600 G000001 local rate.localRate ok",
                "+600 G000001 creation rate.createRate ok",
                "+600 G000003 event creation.oLIBTrigger ok",
                "+600 G000003 far.far ok",
                .. StartChecks("+610 G000003"),
                "+610 G000003 notify.notifyByEmail ok",
                "+630 G000003 external triggers.externalTriggers action required",
                "+630 G000003 unblind injections.unblindInjections action required",
                "+630 G000003 lib pe start.libPEStart action required",
                "+900 G000002 local rate.localRate ok",
                "+900 G000002 creation rate.createRate ok",
                "+1200 G000003 local rate.localRate ok",
                "+1200 G000003 creation rate.createRate ok",
            ];
            Assert.That(Checks(), Is.EqualTo(checks));

            // warnings = True and e-mail on failure only: one mail per action required, plus notify's announcement.
            string[] mails =
            [
                "+0 G000001: cbcPSD requires attention",
                .. StartMails("+10 G000001"),
                "+10 new GraceDb Event: G000001",
                "+10 G000001: lalinfStart requires attention",
                "+20 G000001: bayestarStart requires attention",
                "+30 G000001: externalTriggers requires attention",
                "+30 G000001: unblindInjections requires attention",
                "+130 G000001: plotSkymap requires attention",
                "+130 G000001: skyviewer requires attention",
                .. StartMails("+310 G000002"),
                "+310 new GraceDb Event: G000002",
                "+330 G000002: externalTriggers requires attention",
                "+330 G000002: unblindInjections requires attention",
                "+330 G000002: libPEStart requires attention",
                "+420 G000002: bayeswavePEStart requires attention",
                "+420 G000002: cWBPECED requires attention",
                "+420 G000002: cWBPEEstimate requires attention",
                "+420 G000002: cWBPESkymap requires attention",
                .. StartMails("+610 G000003"),
                "+610 new GraceDb Event: G000003",
                "+630 G000003: externalTriggers requires attention",
                "+630 G000003: unblindInjections requires attention",
                "+630 G000003: libPEStart requires attention",
            ];
            Assert.That(Mails(), Is.EqualTo(mails));
            Assert.That(_outbox.Sent.SelectMany(e => e.To).Distinct(), Is.EqualTo(new[] { "REDACTED@example.org" }));
            Assert.That(_host.IsIdle, Is.True);
        });
    }

    [Test]
    public void AListenerWithoutGraceDb_RefusesAnEventSupervisorSection()
    {
        var options = new ListenerHostOptions { Logs = _ => new RecordingLog() };

        Assert.That(
            () => ListenerHost.Open(RepositoryPaths.Fixture("eventsupervisor-configs", "ER10-lvalert_listenMP-eventSupervisor.ini"), options, _kernel.Clock, new RecordingLog()),
            Throws.InstanceOf<Core.Config.IniFormatException>().With.Message.Contains("[general] process_type: event_supervisor reads and annotates GraceDb, and this listener has none"));
    }

    // The DQ "start" checks every new event gets 10 s after creation (iDQ once per ifo in "ifos = H1 L1"), none answered.
    private static IEnumerable<string> StartChecks(string prefix) =>
    [
        $"{prefix} idq start.idqStart action required",
        $"{prefix} idq start.idqStart action required",
        $"{prefix} h1 omega scan start.omegaScanStart action required",
        $"{prefix} l1 omega scan start.omegaScanStart action required",
        $"{prefix} segdb2grcdb start.segDB2grcDBStart action required",
    ];

    private static IEnumerable<string> StartMails(string prefix)
    {
        string graceId = prefix.Split(' ')[1];
        string time = prefix.Split(' ')[0];
        return new[] { "idqStart", "idqStart", "omegaScanStart", "omegaScanStart", "segDB2grcDBStart" }.Select(t => $"{time} {graceId}: {t} requires attention");
    }

    private GraceId Create(string group, string pipeline, string search, string fileName, double gps) =>
        _db.CreateEvent(group, pipeline, search, fileName, PipelineUploads.For(pipeline, gps, 1e-8, "H1,L1")).GraceId;

    private void At(double seconds, Action write) => _kernel.Clock.CreateTimer(_ => write(), null, TimeSpan.FromSeconds(seconds), Timeout.InfiniteTimeSpan);

    private IEnumerable<string> Items(GraceId id) => _logs
        .SelectMany(l => l.Value.Lines.Where(line => line.GraceId == id.ToString() && line.Message.StartsWith("added QueueItem=", StringComparison.Ordinal))
            .Select(line => (line.Time, Text: $"[{l.Key}] +{(line.Time - T0).TotalSeconds} {line.Message["added QueueItem=".Length..]}")))
        .OrderBy(l => l.Time).ThenBy(l => l.Text, StringComparer.Ordinal).Select(l => l.Text);

    private IEnumerable<string> Checks() => _outcomes.Select(o =>
        $"+{(o.Time - T0).TotalSeconds} {o.GraceId} {o.Item}.{o.Task} {(o.ActionRequired switch { true => "action required", false => "ok", null => "exception" })}{(o.Early ? " (early)" : string.Empty)}");

    private IEnumerable<string> Mails() => _outbox.Sent.Select(e => $"+{(e.Time - T0).TotalSeconds} {e.Subject}");

    /// <summary>Every alert the store publishes, delivered as a journal line to the listener.</summary>
    private sealed class Journal(ListenerHost host) : IAlertPublisher
    {
        private int _line;

        public void Publish(Alert alert) =>
            host.Deliver("alerts.jsonl", new InputLine(++_line, $$"""{"node":"{{alert.Node}}","alert":{{alert.Json}}}"""));
    }
}
