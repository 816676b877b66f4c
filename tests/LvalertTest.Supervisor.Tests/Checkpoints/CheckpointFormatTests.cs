using System.Text;
using System.Text.Json.Nodes;
using LvalertTest.Supervisor.Checkpoints;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.ProcessTypes;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Tests.Checkpoints;

public class CheckpointFormatTests
{
    private static readonly DateTimeOffset T0 = new(2017, 1, 4, 10, 11, 58, 381, TimeSpan.Zero);
    private TestProcessType _type = null!;
    private SortedQueue _queue = null!;

    [SetUp]
    public void Fill()
    {
        _type = new TestProcessType(new RecordingLog());
        _queue = new SortedQueue();
        foreach (string gid in new[] { "G000003", "G000001", "G000002", "G000001" })
        {
            _type.Handle(JsonNode.Parse($$"""{"uid":"{{gid}}","alert_type":"new"}""")!.AsObject(), T0, _queue);
        }

        _queue.RunExpired(T0.AddSeconds(5), (_, e) => throw e);
    }

    [Test]
    public void RoundTrip_KeepsRunOrderTiesIndexOrderAndTaskProgress()
    {
        EngineSnapshot read = CheckpointFormat.Read(Write(), "q.json", _type.Recreate);

        Assert.That(read.Queue.Select(i => i.GraceId), Is.EqualTo(_queue.Items.Select(i => i.GraceId)), "ties keep their order");
        Assert.That(read.ByGraceId["G000001"], Is.EqualTo(new[] { read.Queue[1], read.Queue[3] }).AsCollection.Using<QueueItem>(ReferenceEquals), "the index holds the queued items themselves");
        Assert.That(read.Queue.Select(i => (i.Expiration, i.Tasks.Count, i.CompletedTasks.Count)), Is.All.EqualTo((T0.AddSeconds(10), 1, 1)));
        Assert.That((read.ProcessType, read.Time, read.AlertsReceived, read.WarnCount), Is.EqualTo(("test", T0.AddSeconds(5), 4L, 1)));
    }

    [Test]
    public void Write_IsTheSameBytesForTheSameState() => Assert.That(Write(), Is.EqualTo(Write()));

    [TestCase("""{"queue":[]}""", "q.json: format: missing or not a string")]
    [TestCase("""{"format":"lvalerttest-supervisor-checkpoint","version":2}""", "q.json: version: unsupported version (this build reads 1)")]
    [TestCase("[1,2]", "q.json: (document): not a JSON object")]
    public void Read_RejectsOtherDocuments(string json, string message) =>
        Assert.That(Assert.Throws<CheckpointException>(() => CheckpointFormat.Read(Encoding.UTF8.GetBytes(json), "q.json", _type.Recreate))!.Message, Is.EqualTo(message));

    [TestCase("queue.0.kind", "\"test.unknown\"", "q.json: queue[0].kind: cannot re-create a 'test.unknown' item: the test process type has no 'test.unknown' items")]
    [TestCase("queue.0.t0", "\"yesterday\"", "q.json: queue[0].t0: not an ISO 8601 round-trip time")]
    [TestCase("queue.1.tasks.0.slot", "0", "q.json: queue[1].tasks: item 'printAlert' has no task 'printAlert' in slot 0 (or it is listed twice)")]
    [TestCase("queue.2.tasks", "[]", "q.json: queue[2].tasks: a queued item needs at least one pending task")]
    [TestCase("queue.3.id", "0", "q.json: queue[3].id: the id is used twice")]
    [TestCase("by_graceid.G000001", "[1]", "q.json: by_graceid: queued item printAlert G000001 @ 2017-01-04T10:12:08.3810000+00:00 (1 pending) is missing from the index")]
    [TestCase("by_graceid.G000002", "[7]", "q.json: by_graceid.G000002: no queued item has id 7")]
    [TestCase("by_graceid.G000003", "[2]", "q.json: by_graceid: the index under G000003 lists an item that is not a queued item of G000003 exactly once: printAlert G000002 @ 2017-01-04T10:12:08.3810000+00:00 (1 pending)")]
    public void Read_NamesTheFieldAtFault(string path, string value, string message)
    {
        JsonObject document = JsonNode.Parse(Write())!.AsObject();
        string[] steps = path.Split('.');
        JsonNode parent = steps[..^1].Aggregate((JsonNode)document, (node, step) => int.TryParse(step, out int k) ? node[k]! : node[step]!);
        JsonNode replacement = JsonNode.Parse(value)!;
        if (int.TryParse(steps[^1], out int index))
        {
            parent[index] = replacement;
        }
        else
        {
            parent[steps[^1]] = replacement;
        }

        byte[] edited = Encoding.UTF8.GetBytes(document.ToJsonString());
        Assert.That(() => ReadAndReplace(edited), Throws.InstanceOf<CheckpointException>().With.Message.EqualTo(message));
    }

    // The index is checked when it replaces a queue, as Start and loadQueue do.
    private void ReadAndReplace(byte[] contents)
    {
        EngineSnapshot snapshot = CheckpointFormat.Read(contents, "q.json", _type.Recreate);
        try
        {
            new SortedQueue().Replace(snapshot.Queue, snapshot.ByGraceId);
        }
        catch (InvalidDataException e)
        {
            throw new CheckpointException($"q.json: by_graceid: {e.Message}", e);
        }
    }

    private byte[] Write()
    {
        var index = _queue.GraceIds.ToDictionary(g => g, g => _queue.ItemsFor(g));
        var snapshot = new EngineSnapshot("test", T0.AddSeconds(5), 4, 1, T0.AddHours(1), null, _queue.Items, index);
        return CheckpointFormat.Write(snapshot, T0.AddSeconds(5));
    }
}
