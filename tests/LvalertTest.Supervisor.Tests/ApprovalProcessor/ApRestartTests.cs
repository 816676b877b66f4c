using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Config;
using LvalertTest.Core.Events;
using LvalertTest.FakeGraceDb;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Uploads;
using LvalertTest.Supervisor.ApprovalProcessor;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Tests.ApprovalProcessor;

/// <summary>The engine killed and restarted from its checkpoint: the approval processor's items and records come back.</summary>
[TestFixture]
public sealed class ApRestartTests
{
    private const string CheckpointPath = "/run/ap.checkpoint.json";

    [Test]
    public void A_restart_during_the_injection_wait_still_sends_one_preliminary_at_its_time()
    {
        var kernel = new SimulationKernel(ApHarness.T0);
        using FileSystemGraceDb db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = kernel.Clock });
        var fs = new MockFileSystem();
        fs.Directory.CreateDirectory("/run");
        var config = new ApConfig(IniDocument.Parse(File.ReadAllText(ApHarness.ChildConfig), ApHarness.ChildConfig));
        var outbox = new RecordedOutbox();
        var log = new RecordingLog();
        var forward = new Forward();
        db.Subscribe(forward);
        (SupervisorEngine, ApprovalProcessorProcessType) Boot()
        {
            var processType = new ApprovalProcessorProcessType(new ApContext(db, config, outbox, log));
            var engine = new SupervisorEngine(processType, new EngineOptions { Host = "h", CheckpointPath = CheckpointPath }, outbox, log, kernel.Clock, null, fs);
            engine.Start();
            forward.Engine = engine;
            return (engine, processType);
        }

        (SupervisorEngine first, _) = Boot();
        const double gps = 1187008882.4457;
        GraceId id = db.CreateEvent("CBC", "gstlal", null, "coinc.xml", PipelineUploads.For("gstlal", gps, 1e-8, "H1,L1")).GraceId;
        kernel.RunFor(TimeSpan.FromSeconds(5));
        first.Dispose();

        (SupervisorEngine second, ApprovalProcessorProcessType restored) = Boot();
        using (second)
        {
            Assert.That(restored.Record(id.ToString())!.InjectionWaitPending, Is.True);
            kernel.RunFor(TimeSpan.FromSeconds(10));
        }

        Assert.That(db.VoEvents(id).Select(v => $"+{ApHarness.Seconds(v.Created)} {v.VoEventType}"), Is.EqualTo(new[] { "+10 Preliminary" }));
        Assert.That(restored.Record(id.ToString())!.State, Is.EqualTo(ApStates.PreliminaryToInitial));
        Assert.That(restored.Throttle("CBC_gstlal")!.Events.Single().GraceId, Is.EqualTo(id.ToString()));
    }

    private sealed class Forward : IAlertPublisher
    {
        public SupervisorEngine? Engine { get; set; }

        public void Publish(Alert alert) => Engine?.Receive(alert.Node, alert.Json);
    }
}
