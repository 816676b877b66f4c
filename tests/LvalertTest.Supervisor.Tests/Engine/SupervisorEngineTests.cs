using Moq;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.ProcessTypes;

namespace LvalertTest.Supervisor.Tests.Engine;

public class SupervisorEngineTests
{
    private static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private SimulationKernel _kernel = null!;
    private RecordedOutbox _outbox = null!;
    private RecordingLog _log = null!;
    private SupervisorEngine _engine = null!;

    [SetUp]
    public void StartEngine() => Start(new EngineOptions { Recipients = ["oncall@example.org"], Host = "supervisor.example.org" });

    [TearDown]
    public void StopEngine() => _engine.Dispose();

    [Test]
    public void TestProcessType_LogsEachAlertFiveAndTenSecondsLater_InVirtualTime()
    {
        _engine.Receive("test_gstlal", """{"uid":"T000001","alert_type":"new"}""");
        _kernel.RunFor(TimeSpan.FromSeconds(4));
        Assert.That(Lines(), Is.Empty);

        _kernel.RunFor(TimeSpan.FromMinutes(1));

        Assert.That(Lines(), Is.EqualTo(new[]
        {
            "+5 T000001 : {\"uid\":\"T000001\",\"alert_type\":\"new\"}",
            "+10 T000001 : {\"uid\":\"T000001\",\"alert_type\":\"new\"}",
        }));
        Assert.That(_engine.Queue.Count, Is.Zero);
    }

    [Test]
    public void MalformedAlert_IsLoggedAndEmailed_AndTheEngineGoesOn()
    {
        _engine.Receive("test_gstlal", "{not json");
        _engine.Receive("test_gstlal", """{"uid":"T000002","alert_type":"new"}""");
        _kernel.RunFor(TimeSpan.FromSeconds(10));

        Assert.That(_outbox.Sent.Select(e => e.Subject), Is.EqualTo(new[] { "WARNING: could not parse lvalert payload on supervisor.example.org" }));
        Assert.That(_outbox.Sent[0].Body, Does.Contain("{not json").And.Contain("hostname: supervisor.example.org"));
        Assert.That(Lines().Count(l => l.Contains("T000002 :", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void Commands_ClearGraceIdPrintMessageAndSendEmail()
    {
        _engine.Receive("test_gstlal", """{"uid":"T000001","alert_type":"new"}""");
        _engine.Receive("test_gstlal", """{"uid":"T000002","alert_type":"new"}""");
        _kernel.RunFor(TimeSpan.FromSeconds(1));
        _engine.Receive("command", """{"uid":"command","alert_type":"clearGraceID","object":{"graceid":"T000001"}}""");
        _engine.Receive("command", """{"uid":"command","alert_type":"printMessage","object":{"message":"hello operators"}}""");
        _engine.Receive("command", """{"uid":"command","alert_type":"sendEmail","object":{"recipients":"a@example.org b@example.org","subject":"test","body":"ping"}}""");
        _kernel.RunFor(TimeSpan.FromMinutes(1));

        Assert.That(Lines().Where(l => l.Contains(" : ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Distinct(), Is.EqualTo(new[] { "T000002" }), "T000001's items were cleared");
        Assert.That(Lines(), Has.Member("+1 printMessage: hello operators"));
        Assert.That(Lines(), Has.Member("+1 clearGraceID: 1 items cleared"), "the command's own item, filed under T000001 too, is not counted");
        Assert.That(_outbox.Sent.Single(), Is.EqualTo(new Email(T0.AddSeconds(1), ["a@example.org", "b@example.org"], "test", "ping")).Using<Email>(SameEmail));
    }

    [Test]
    public void PendingCount_LeavesOutClearedItemsAwaitingCollection()
    {
        _engine.Receive("test_gstlal", """{"uid":"T000001","alert_type":"new"}""");
        _engine.Receive("test_gstlal", """{"uid":"T000002","alert_type":"new"}""");
        // T000002 queues behind T000001, so its cleared item waits there for collection.
        _engine.Receive("command", """{"uid":"command","alert_type":"clearGraceID","object":{"graceid":"T000002"}}""");

        Assert.That((_engine.Queue.Count, _engine.PendingCount), Is.EqualTo((2, 1)));
    }

    [Test]
    public void Dispose_StopsTheEngine_AndLaterAlertsAreRefused()
    {
        _engine.Receive("test_gstlal", """{"uid":"T000001","alert_type":"new"}""");

        _engine.Dispose();
        _engine.RunEpoch();
        _kernel.RunFor(TimeSpan.FromMinutes(1));

        Assert.That(Lines(), Is.Empty);
        Assert.Throws<ObjectDisposedException>(() => _engine.Receive("test_gstlal", """{"uid":"T000002","alert_type":"new"}"""));
    }

    [Test]
    public void RaiseException_MarksItsItemCompleteAndEmails()
    {
        _engine.Receive("command", """{"uid":"command","alert_type":"raiseException"}""");

        Assert.That(_outbox.Sent.Select(e => e.Subject), Is.EqualTo(new[] { "WARNING: raiseException.execute caught an exception on supervisor.example.org" }));
        Assert.That(_outbox.Sent[0].Body, Does.Contain("raiseException command received").And.Contain("QueueItem marked complete to avoid repeated errors"));
        Assert.That(_engine.Queue.Count, Is.Zero);
    }

    [Test]
    public void UnknownOrIncompleteCommand_IsAParseAlertWarning()
    {
        _engine.Receive("command", """{"uid":"command","alert_type":"clearGraceID","object":{}}""");

        Assert.That(_outbox.Sent.Single().Subject, Is.EqualTo("WARNING: parseAlert caught an exception on supervisor.example.org"));
        Assert.That(_outbox.Sent.Single().Body, Does.Contain("command 'clearGraceID': missing required argument 'graceid'"));
    }

    [Test]
    public void CommandWithSleep_Repeats()
    {
        _engine.Receive("command", """{"uid":"command","alert_type":"printMessage","object":{"message":"tick","sleep":60}}""");

        _kernel.RunFor(TimeSpan.FromSeconds(150));

        Assert.That(Lines(), Is.EqualTo(new[] { "+0 printMessage: tick", "+60 printMessage: tick", "+120 printMessage: tick" }));
    }

    [Test]
    public void QueueTooLong_WarnsEveryDelay_FinalThenSilent_ThenRecovers()
    {
        _engine.Dispose();
        Start(new EngineOptions { Recipients = ["oncall@example.org"], Host = "h", WarnThreshold = 2, MaxWarn = 2, WarnDelay = TimeSpan.FromMinutes(10) });
        var sent = new List<string>();

        // A repeating command keeps three items alive for half an hour: the queue stays longer than warnThr = 2.
        for (int i = 0; i < 3; i++)
        {
            _engine.Receive("command", $$$"""{"uid":"command","alert_type":"printMessage","object":{"message":"m{{{i}}}","sleep":300}}""");
        }

        _kernel.RunFor(TimeSpan.FromMinutes(35));
        _engine.Receive("command", """{"uid":"command","alert_type":"clearQueue"}""");
        _kernel.RunFor(TimeSpan.FromMinutes(1));

        Assert.That(_outbox.Sent.Select(e => $"+{(e.Time - T0).TotalMinutes} {e.Subject}"), Is.EqualTo(new[]
        {
            "+0 WARNING: queue is too long on h",
            "+10 FINAL WARNING: queue is too long on h",
            "+35 RECOVERY: SortedQueue has shortened on h",
        }));
        Assert.That(_outbox.Sent[1].Body, Does.Contain("This is the final warning!"));
        Assert.That(_outbox.Sent[2].Body, Does.Contain("Recovery has un-silenced warnings."));
    }

    [Test]
    public void HeartbeatRequest_IsAnsweredOnItsNode_AndAnswersAreNotReprocessed()
    {
        _engine.Dispose();
        var responses = new RecordingPublisher();
        _kernel = new SimulationKernel(T0);
        _engine = new SupervisorEngine(new TestProcessType(_log), new EngineOptions { Host = "h", User = "gracedb.processor", ProcessId = 4242 }, _outbox, _log, _kernel.Clock, responses);

        _engine.Receive("eventSupervisor_CBC-heartbeat", """{"ptype":"request","server":"lvalert.example.org","node":"eventSupervisor_CBC-heartbeat","key":"a1b2c3"}""");
        _engine.Receive("eventSupervisor_CBC-heartbeat", responses.Alerts.Single().Json);
        _kernel.RunFor(TimeSpan.FromMinutes(1));

        Core.Alerts.Alert response = responses.Alerts.Single();
        Assert.That(response.Node, Is.EqualTo("eventSupervisor_CBC-heartbeat"));
        Assert.That(response.Json, Is.EqualTo("""{"uid":"heartbeat","ptype":"response","server":"lvalert.example.org","node":"eventSupervisor_CBC-heartbeat","key":"a1b2c3","hostname":"h","user":"gracedb.processor","pid":4242,"name":"test"}"""));
        Assert.That(_log.Lines.Where(l => l.Message.Contains(" : ", StringComparison.Ordinal)), Is.Empty, "neither packet reached the process type");
        Assert.That(_outbox.Sent, Is.Empty);
    }

    [Test]
    public void AFailingMailServer_IsLogged_AndTheEngineGoesOn()
    {
        _engine.Dispose();
        _kernel = new SimulationKernel(T0);
        _log = new RecordingLog();
        var failing = new Mock<INotifier>();
        failing.Setup(n => n.Send(It.IsAny<Email>())).Throws(new NotificationException("could not send e-mail 'x' through 127.0.0.1:1: refused"));
        _engine = new SupervisorEngine(new TestProcessType(_log), new EngineOptions { Recipients = ["oncall@example.org"], Host = "h" }, failing.Object, _log, _kernel.Clock);

        _engine.Receive("test_gstlal", "{not json");
        _engine.Receive("test_gstlal", """{"uid":"T000002","alert_type":"new"}""");
        _kernel.RunFor(TimeSpan.FromSeconds(10));

        Assert.That(_log.Lines.Select(l => l.Message), Has.Member("could not send e-mail 'WARNING: could not parse lvalert payload on h': could not send e-mail 'x' through 127.0.0.1:1: refused"));
        Assert.That(Lines().Count(l => l.Contains("T000002 :", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void Registry_CreatesByName_AndNamesTheKnownOnesOtherwise()
    {
        var registry = new ProcessTypeRegistry();
        registry.Register("test", () => new TestProcessType(_log));

        Assert.That(registry.Create("test").Name, Is.EqualTo("test"));
        Assert.That(Assert.Throws<KeyNotFoundException>(() => registry.Create("approval_processorMP"))!.Message, Is.EqualTo("unknown process_type 'approval_processorMP' (known: test)"));
        Assert.Throws<InvalidOperationException>(() => registry.Register("test", () => new TestProcessType(_log)));
    }

    private void Start(EngineOptions options)
    {
        _kernel = new SimulationKernel(T0);
        _outbox = new RecordedOutbox();
        _log = new RecordingLog();
        _engine = new SupervisorEngine(new TestProcessType(_log), options, _outbox, _log, _kernel.Clock);
    }

    private List<string> Lines() => _log.Lines
        .Where(l => !l.Message.StartsWith("received command", StringComparison.Ordinal) && !l.Message.StartsWith("queue ", StringComparison.Ordinal))
        .Select(l => $"+{(l.Time - T0).TotalSeconds} {l.Message}").ToList();

    private sealed class RecordingPublisher : Core.Alerts.IAlertPublisher
    {
        public List<Core.Alerts.Alert> Alerts { get; } = [];

        public void Publish(Core.Alerts.Alert alert) => Alerts.Add(alert);
    }

    private static bool SameEmail(Email a, Email b) =>
        a.Time == b.Time && a.To.SequenceEqual(b.To) && a.Subject == b.Subject && a.Body == b.Body;
}
