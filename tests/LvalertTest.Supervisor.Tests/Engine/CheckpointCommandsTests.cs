using System.IO.Abstractions.TestingHelpers;
using System.Text.Json.Nodes;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.Checkpoints;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.ProcessTypes;

namespace LvalertTest.Supervisor.Tests.Engine;

/// <summary>checkpointQueue, loadQueue and printQueue, and recovery at start, on an in-memory file system.</summary>
public class CheckpointCommandsTests
{
    private static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private SimulationKernel _kernel = null!;
    private MockFileSystem _fs = null!;
    private RecordedOutbox _outbox = null!;
    private RecordingLog _log = null!;
    private SupervisorEngine _engine = null!;

    [SetUp]
    public void StartEngine()
    {
        _kernel = new SimulationKernel(T0);
        _fs = new MockFileSystem();
        _fs.Directory.CreateDirectory("/run");
        _outbox = new RecordedOutbox();
        _log = new RecordingLog();
        _engine = NewEngine(checkpointPath: null);
    }

    [TearDown]
    public void StopEngine() => _engine.Dispose();

    [Test]
    public void CheckpointQueue_WritesTheQueueAndIndexWithSharedIds()
    {
        _engine.Receive("test", """{"uid":"T000001","alert_type":"new"}""");
        _kernel.RunFor(TimeSpan.FromSeconds(6));
        _engine.Receive("test", """{"uid":"T000002","alert_type":"new"}""");
        _engine.Receive("command", """{"uid":"command","alert_type":"checkpointQueue","object":{"filename":"/run/q.json"}}""");

        JsonObject document = JsonNode.Parse(_fs.File.ReadAllText("/run/q.json"))!.AsObject();
        JsonArray queue = document["queue"]!.AsArray();
        Assert.That(queue.Select(i => (string?)i!["graceid"]), Is.EqualTo(new[] { "T000001", "T000002" }));
        Assert.That(queue[0]!["completed"]!.AsArray().Count, Is.EqualTo(1), "T000001's first print has run");
        Assert.That((string?)queue[0]!["tasks"]![0]!["expiration"], Is.EqualTo("2017-08-17T12:41:14.0000000+00:00"));
        Assert.That(document["by_graceid"]!.ToJsonString(), Is.EqualTo("""{"T000001":[0],"T000002":[1]}"""));
        Assert.That((long?)document["alerts_received"], Is.EqualTo(3));
        Assert.That(_log.Lines.Select(l => l.Message), Has.Member("checkpointQueue: queue written to /run/q.json"));
        Assert.That(_fs.File.Exists("/run/q.json.partial"), Is.False);
    }

    [Test]
    public void CheckpointQueue_WithSleep_RepeatsAndSavesItself()
    {
        _engine.Receive("command", """{"uid":"command","alert_type":"checkpointQueue","object":{"filename":"/run/q.json","sleep":600}}""");
        _kernel.RunFor(TimeSpan.FromMinutes(25));

        Assert.That(_log.Lines.Count(l => l.Message == "checkpointQueue: queue written to /run/q.json"), Is.EqualTo(3), "at +0, +10 and +20 min");
        JsonArray queue = JsonNode.Parse(_fs.File.ReadAllText("/run/q.json"))!["queue"]!.AsArray();
        Assert.That((string?)queue.Single()!["kind"], Is.EqualTo("command"));
        Assert.That((string?)queue.Single()!["tasks"]![0]!["expiration"], Is.EqualTo("2017-08-17T13:11:04.0000000+00:00"), "the next run, 10 min after the one that wrote the file");
    }

    [Test]
    public void LoadQueue_ReplacesTheQueue_AndTheLoadedItemsRunWhenDue()
    {
        _engine.Receive("test", """{"uid":"T000001","alert_type":"new"}""");
        _engine.Receive("command", """{"uid":"command","alert_type":"checkpointQueue","object":{"filename":"/run/q.json"}}""");
        _engine.Receive("command", """{"uid":"command","alert_type":"clearQueue"}""");
        _engine.Receive("test", """{"uid":"T000009","alert_type":"new"}""");

        _engine.Receive("command", """{"uid":"command","alert_type":"loadQueue","object":{"filename":"/run/q.json"}}""");
        _kernel.RunFor(TimeSpan.FromMinutes(1));

        Assert.That(PrintedGraceIds(), Is.EqualTo(new[] { "+5 T000001", "+10 T000001" }), "T000009 was replaced, not merged");
        Assert.That(_log.Lines.Select(l => l.Message), Has.Member("loadQueue: queue replaced by the 1 items of /run/q.json"));
    }

    [Test]
    public void LoadQueue_OfABrokenFile_IsAnItemFailure_AndTheQueueStays()
    {
        _fs.File.WriteAllText("/run/bad.json", """{"format":"lvalerttest-supervisor-checkpoint","version":1,"queue":[{"id":0}]}""");
        _engine.Receive("test", """{"uid":"T000001","alert_type":"new"}""");

        _engine.Receive("command", """{"uid":"command","alert_type":"loadQueue","object":{"filename":"/run/bad.json"}}""");
        _kernel.RunFor(TimeSpan.FromMinutes(1));

        Assert.That(_outbox.Sent.Single().Subject, Is.EqualTo("WARNING: loadQueue.execute caught an exception on h"));
        Assert.That(_outbox.Sent.Single().Body, Does.Contain("/run/bad.json: queue[0].kind: missing or not a string"));
        Assert.That(PrintedGraceIds(), Is.EqualTo(new[] { "+5 T000001", "+10 T000001" }));
    }

    [Test]
    public void PrintQueue_ToAFile_ListsItemsAndGraceIds()
    {
        _engine.Receive("test", """{"uid":"T000001","alert_type":"new"}""");
        _engine.Receive("command", """{"uid":"command","alert_type":"printQueue","object":{"filename":"/run/queue.txt"}}""");

        Assert.That(_fs.File.ReadAllText("/run/queue.txt"), Is.EqualTo(
            "SortedQueue (1 items)\n  printAlert T000001 @ 2017-08-17T12:41:09.0000000+00:00 (2 pending)\nT000001 : printAlert\n"));
    }

    [Test]
    public void Start_WithoutACheckpoint_SaysSo_ThenCheckpointsEveryEpoch()
    {
        _engine.Dispose();
        _engine = NewEngine("/run/supervisor.checkpoint.json");

        Assert.That(_engine.Start(), Is.Null);
        _engine.Receive("test", """{"uid":"T000001","alert_type":"new"}""");

        Assert.That(_log.Lines[0].Message, Is.EqualTo("no checkpoint at /run/supervisor.checkpoint.json: starting with an empty queue"));
        Assert.That(JsonNode.Parse(_fs.File.ReadAllText("/run/supervisor.checkpoint.json"))!["queue"]!.AsArray().Count, Is.EqualTo(1));
    }

    [Test]
    public void Start_WithACheckpoint_Recovers_AndRunsWhatFellDueWhileDown()
    {
        _engine.Dispose();
        _engine = NewEngine("/run/supervisor.checkpoint.json");
        _engine.Start();
        _engine.Receive("test", """{"uid":"T000001","alert_type":"new"}""");
        _kernel.RunFor(TimeSpan.FromSeconds(6));
        _engine.Dispose();

        _kernel.RunFor(TimeSpan.FromSeconds(60));
        _engine = NewEngine("/run/supervisor.checkpoint.json");
        EngineSnapshot recovered = _engine.Start()!;
        _kernel.RunFor(TimeSpan.FromMinutes(1));

        Assert.That((recovered.Queue.Count, recovered.AlertsReceived, _engine.AlertsReceived), Is.EqualTo((1, 1L, 1L)));
        Assert.That(PrintedGraceIds(), Is.EqualTo(new[] { "+5 T000001", "+66 T000001" }), "the +10 print was due while the engine was down: it runs at restart");
    }

    [Test]
    public void Start_WithACorruptCheckpoint_Throws_AndLeavesTheFileAlone()
    {
        const string corrupt = """{"format":"lvalerttest-supervisor-checkpoint","version":1,"process_type":"test",""";
        _fs.File.WriteAllText("/run/supervisor.checkpoint.json", corrupt);
        _engine.Dispose();
        _engine = NewEngine("/run/supervisor.checkpoint.json");

        var e = Assert.Throws<CheckpointException>(() => _engine.Start())!;

        Assert.That(e.Message, Does.StartWith("/run/supervisor.checkpoint.json: (document): not valid JSON"));
        Assert.That(_fs.File.ReadAllText("/run/supervisor.checkpoint.json"), Is.EqualTo(corrupt));
    }

    [Test]
    public void Start_WithAnotherProcessTypesCheckpoint_Throws()
    {
        _engine.Receive("command", """{"uid":"command","alert_type":"checkpointQueue","object":{"filename":"/run/q.json"}}""");
        string document = _fs.File.ReadAllText("/run/q.json").Replace("\"process_type\": \"test\"", "\"process_type\": \"event_supervisor\"", StringComparison.Ordinal);
        _fs.File.WriteAllText("/run/q.json", document);
        _engine.Dispose();
        _engine = NewEngine("/run/q.json");

        Assert.That(Assert.Throws<CheckpointException>(() => _engine.Start())!.Message,
            Is.EqualTo("/run/q.json: process_type: written by process type 'event_supervisor', this engine runs 'test'"));
    }

    // A restarted engine writes to the same outbox and log, as a restarted process appends to its log file.
    private SupervisorEngine NewEngine(string? checkpointPath)
    {
        var options = new EngineOptions { Recipients = ["oncall@example.org"], Host = "h", CheckpointPath = checkpointPath };
        return new SupervisorEngine(new TestProcessType(_log), options, _outbox, _log, _kernel.Clock, fileSystem: _fs);
    }

    private List<string> PrintedGraceIds() => _log.Lines
        .Where(l => l.Message.Contains(" : {", StringComparison.Ordinal))
        .Select(l => $"+{(l.Time - T0).TotalSeconds} {l.GraceId}").ToList();
}
