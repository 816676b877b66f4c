using LvalertTest.Core.Events;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.Tests.TraceT;
using LvalertTest.Supervisor.TraceT.Decisions;
using LvalertTest.Supervisor.TraceT.Process;
using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Supervisor.Tests.ApprovalProcessor;

/// <summary>The chain: the approval processor's VOEvents, issued through GraceDb, reach TraceT on the same alert stream.</summary>
[TestFixture]
public sealed class ApTraceTChainTests
{
    private ApHarness _h = null!;
    private RecordingLog _tracetLog = null!;

    [SetUp]
    public void SetUp()
    {
        _h = new ApHarness();
        _tracetLog = new RecordingLog();
    }

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void The_preliminary_triggers_the_MWA_proposal_and_the_retraction_cancels_it()
    {
        var service = new TraceTService(TraceTFixtures.Proposals("mwa_early_lvc_mwa_proposal_settings.yaml"), new FakeTelescopeService(), _h.Kernel.Clock);
        var tracet = new TraceTProcessType(service, _tracetLog, _h.Db);
        using var engine = new SupervisorEngine(tracet, new EngineOptions { Host = "h" }, new RecordedOutbox(), _tracetLog, _h.Kernel.Clock);
        _h.Db.Subscribe(new ApHarness.ToEngine(engine));

        GraceId id = _h.CreateEvent(search: "AllSky");
        _h.RunFor(9);
        Assert.That(service.DecisionsFor(id.ToString()), Is.Empty, "nothing before the approval processor's preliminary");
        _h.RunFor(1);
        Assert.That(service.DecisionsFor(id.ToString()).Single().Code, Is.EqualTo(DecisionCode.Triggered));

        _h.Db.AddLabel(id, "DQV");
        _h.RunFor(1);
        Assert.That(_h.VoEvents(id).Select(v => v.Split(' ')[1]), Is.EqualTo(new[] { "Preliminary", "Retraction" }));
        Assert.That(tracet.Outcomes.SelectMany(o => o.Decisions).Select(d => d.Code), Is.EqualTo(new[] { DecisionCode.Triggered, DecisionCode.Canceled }));
    }
}
