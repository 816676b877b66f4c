using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Notices;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Uploads;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.TraceT.Decisions;
using LvalertTest.Supervisor.TraceT.Process;
using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Supervisor.Tests.TraceT.Process;

/// <summary>The tracet process type on the supervisor engine, fed generated notices and GraceDb's own VOEvent alerts, in virtual time.</summary>
public sealed class TraceTProcessTypeTests
{
    private static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private SimulationKernel _kernel = null!;
    private RecordingLog _log = null!;
    private RecordedOutbox _outbox = null!;

    [SetUp]
    public void SetUp()
    {
        _kernel = new SimulationKernel(T0);
        _log = new RecordingLog();
        _outbox = new RecordedOutbox();
    }

    [TestCase(false, 1)]
    [TestCase(true, 2)]
    public void A_generated_Fermi_burst_triggers_MWA_and_a_pointing_update_observes_again(bool pointingUpdate, int observations)
    {
        (TraceTProcessType tracet, SupervisorEngine engine) = Engine("mwa_grb_proposal_settings.yaml");
        IReadOnlyList<TimedNotice> notices = GrbNotices.Fermi(new RandomStreams(11).Stream("fermi"), T0, AboveMwa(T0), timescale: 0.512, pointingUpdate);

        Deliver(engine, notices);

        string trigId = tracet.Outcomes[0].TrigId;
        Assert.Multiple(() =>
        {
            Assert.That(tracet.Outcomes.Select(o => o.Ignored), Is.EqualTo(new[] { true, false, false, false }), "the GBM alert has no position and is not a trigger pair");
            Assert.That(tracet.Service.DecisionsFor(trigId).Single().Code, Is.EqualTo(DecisionCode.Triggered));
            Assert.That(tracet.Service.Observations, Has.Count.EqualTo(observations));
            Assert.That(engine.Queue.Count, Is.Zero, "TraceT decides on arrival and queues nothing");
        });
    }

    [Test]
    public void A_generated_LVC_preliminary_triggers_and_its_retraction_cancels()
    {
        using FileSystemGraceDb db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = _kernel.Clock });
        GraceEvent gw = CreateEvent(db);
        (TraceTProcessType tracet, SupervisorEngine engine) = Engine("mwa_early_lvc_mwa_proposal_settings.yaml");
        IReadOnlyList<TimedNotice> notices = LvcNotices.FromEvent(gw, "S170817a", new RandomStreams(3).Stream("lvc"), retracted: true);

        var codes = new List<DecisionCode>();
        foreach (TimedNotice notice in notices)
        {
            Deliver(engine, [notice]);
            codes.Add(tracet.Service.DecisionsFor("S170817a").Single().Code);
        }

        Assert.That((codes[0], codes[1], tracet.Service.Observations.Count), Is.EqualTo((DecisionCode.Triggered, DecisionCode.Canceled, 1)));
    }

    [Test]
    public void The_same_LVC_sequence_as_igwn_JSON_leads_to_the_same_decisions()
    {
        using FileSystemGraceDb db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = _kernel.Clock });
        GraceEvent gw = CreateEvent(db);
        (TraceTProcessType tracet, SupervisorEngine engine) = Engine("mwa_early_lvc_mwa_proposal_settings.yaml");

        Deliver(engine, LvcNotices.FromEvent(gw, "S170817a", new RandomStreams(3).Stream("lvc"), retracted: true, LvcNoticeFormat.IgwnJson));

        Assert.That(tracet.Outcomes.SelectMany(o => o.Decisions).Select(d => d.Code), Is.EqualTo(new[] { DecisionCode.Triggered, DecisionCode.Canceled }));
    }

    [TestCase(AlertDialect.Igwn)]
    [TestCase(AlertDialect.Legacy)]
    public void A_VOEvent_GraceDb_issues_reaches_a_decision_once_though_published_on_two_nodes(AlertDialect dialect)
    {
        using FileSystemGraceDb db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = _kernel.Clock, Dialect = dialect });
        (TraceTProcessType tracet, SupervisorEngine engine) = Engine("mwa_early_lvc_mwa_proposal_settings.yaml", db);
        db.Subscribe(new ToEngine(engine));
        GraceEvent gw = CreateEvent(db, search: "AllSky");
        _kernel.Clock.AdvanceBy(TimeSpan.FromSeconds(30));

        db.CreateVoEvent(gw.GraceId, new VoEventRequest(VoEventType.Preliminary));

        ProposalDecision decision = tracet.Service.DecisionsFor(gw.GraceId.ToString()).Single();
        Assert.That((decision.Code, tracet.Outcomes.Count, _log.Lines.Count(l => l.Message.StartsWith("tracet: ignoring a duplicate", StringComparison.Ordinal))), Is.EqualTo((DecisionCode.Triggered, 1, 1)));
    }

    [Test]
    public void A_broken_packet_is_reported_by_the_engine_and_changes_nothing()
    {
        (TraceTProcessType tracet, SupervisorEngine engine) = Engine("mwa_grb_proposal_settings.yaml", recipients: ["ops@example.org"]);

        engine.Receive(NoticeAlerts.Node, NoticeAlerts.Create("gcn.classic.voevent.FERMI_GBM_FLT_POS", "<VOEvent").ToJsonString());

        Assert.Multiple(() =>
        {
            Assert.That(_log.Lines.Single().Message, Does.StartWith("parseAlert failed: notice on gcn.classic.voevent.FERMI_GBM_FLT_POS: not well-formed XML"));
            Assert.That(_outbox.Sent.Single().Subject, Does.StartWith("WARNING: parseAlert caught an exception"));
            Assert.That((tracet.Service.NoticeCount, tracet.Service.Groups.Count), Is.EqualTo((0, 0)));
        });
    }

    [Test]
    public void Generated_sequences_are_functions_of_the_seed()
    {
        string Packets(long seed) => string.Join("\n", GrbNotices.Swift(new RandomStreams(seed).Stream("swift"), T0).Select(n => n.Packet))
            + NeutrinoNotices.Antares(new RandomStreams(seed).Stream("nu"), T0).Packet;

        Assert.That((Packets(5), Packets(5) == Packets(6)), Is.EqualTo((Packets(5), false)));
    }

    private (TraceTProcessType, SupervisorEngine) Engine(string proposals, IGraceDb? db = null, IReadOnlyList<string>? recipients = null)
    {
        var service = new TraceTService(TraceTFixtures.Proposals(proposals), new FakeTelescopeService(), _kernel.Clock);
        var tracet = new TraceTProcessType(service, _log, db);
        return (tracet, new SupervisorEngine(tracet, new EngineOptions { Host = "h", Recipients = recipients ?? [] }, _outbox, _log, _kernel.Clock));
    }

    private void Deliver(SupervisorEngine engine, IEnumerable<TimedNotice> notices)
    {
        DateTimeOffset start = _kernel.Now;
        foreach (TimedNotice notice in notices)
        {
            _kernel.Clock.AdvanceTo(start + notice.Dt);
            engine.Receive(NoticeAlerts.Node, NoticeAlerts.Create(notice.Topic, notice.Packet).ToJsonString());
        }
    }

    private GraceEvent CreateEvent(FileSystemGraceDb db, string? search = null)
    {
        double gps = GpsTime.FromUtc(_kernel.Now);
        return db.CreateEvent("CBC", "gstlal", search, PipelineUploads.FileName("gstlal", gps), PipelineUploads.For("gstlal", gps, 1e-9, "H1,L1"));
    }

    // A burst straight overhead of MWA at t: on the meridian, at the site's latitude.
    private static SkyPosition AboveMwa(DateTimeOffset t)
    {
        double ra = Enumerable.Range(0, 360).MaxBy(r => AltitudeCalculator.Altitude("MWA_VCS", r, -26.7, t));
        return new SkyPosition(ra, -26.7, 10);
    }

    private sealed class ToEngine(SupervisorEngine engine) : IAlertPublisher
    {
        public void Publish(Alert alert) => engine.Receive(alert.Node, alert.Json);
    }
}
