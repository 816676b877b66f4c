using System.IO.Abstractions;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;

namespace LvalertTest.FakeGraceDb.Tests;

/// <summary>What a crash mid-write leaves behind, simulated by cutting files, and how the store copes.</summary>
public partial class FileSystemGraceDbTests
{
    private IFileSystem Files
    {
        get
        {
            // The simulations' in-memory store has no files to damage: a crash loses it whole.
            Assume.That(_kind.HasFileSystem, "the store's files are not reachable from outside");
            return _db.FileSystem;
        }
    }

    private string EventPath(string id, string file) => Files.Path.Combine(_db.Root, id, file);

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(30)]
    public void TornLastLogLine_IsSkippedWithAWarning_AndTheNextWriteRepairsIt(int bytesCut)
    {
        GraceEvent e = NewGstlal();
        Db.WriteLog(e.GraceId, "kept");
        Db.WriteLog(e.GraceId, "interrupted by a crash");
        Truncate(EventPath("G000001", "log.jsonl"), bytesCut);

        FileSystemGraceDb reopened = _kind.Open();
        IReadOnlyList<LogEntry> afterCrash = reopened.Logs(e.GraceId);
        LogEntry next = reopened.WriteLog(e.GraceId, "after the crash");

        Assert.That(afterCrash.Select(l => l.Comment).Last(), Is.EqualTo("kept"));
        Assert.That(_kind.Warnings, Has.Some.Contains("log.jsonl: line 5 is incomplete"));
        Assert.That(next.N, Is.EqualTo(5), "the torn entry's N is reused: numbers stay dense");
        Assert.That(reopened.Logs(e.GraceId).Select(l => l.Comment), Is.EqualTo(new[] { "Original Data", "Log File Created", "Coinc Table Created", "kept", "after the crash" }));
    }

    [Test]
    public void TornLabelLine_LosesOnlyThatLabel()
    {
        GraceEvent e = NewGstlal(labels: ["INJ"]);
        Db.AddLabel(e.GraceId, "EM_READY");
        Truncate(EventPath("G000001", "labels.jsonl"), 3);

        FileSystemGraceDb reopened = _kind.Open();

        Assert.That(reopened.Event(e.GraceId).Labels, Is.EqualTo(new[] { "INJ" }));
        reopened.AddLabel(e.GraceId, "DQV");
        Assert.That(reopened.Event(e.GraceId).Labels, Is.EqualTo(new[] { "INJ", "DQV" }));
    }

    [Test]
    public void CreationInterruptedBeforeItsEventDocument_IsInvisible_AndItsNumberReused()
    {
        NewGstlal();
        NewGstlal();
        // A crash after the directory and logs were written but before event.json: the creation never committed.
        Files.File.Delete(EventPath("G000002", "event.json"));

        FileSystemGraceDb reopened = _kind.Open();

        Assert.That(reopened.Events(string.Empty).Select(x => x.GraceId.ToString()), Is.EqualTo(new[] { "G000001" }));
        Assert.Throws<GraceDbNotFoundException>(() => reopened.Event(GraceId.Parse("G000002")));
        GraceEvent again = reopened.CreateEvent("CBC", "gstlal", null, "coinc.xml", SampleUploads.GstlalCoinc());
        Assert.That(again.GraceId.ToString(), Is.EqualTo("G000002"));
        Assert.That(reopened.Logs(again.GraceId), Has.Count.EqualTo(3), "nothing of the interrupted creation survives");
        Assert.That(_kind.Warnings, Has.Some.Contains("left incomplete by an interrupted creation"));
    }

    [Test]
    public void TemporaryDocumentLeftByACrash_DoesNotReplaceTheCommittedOne()
    {
        GraceEvent e = NewGstlal();
        Files.File.WriteAllText(EventPath("G000001", "event.json.partial"), "{\"graceid\": \"G0000");

        FileSystemGraceDb reopened = _kind.Open();

        Assert.That(reopened.Event(e.GraceId).Far, Is.EqualTo(e.Far));
    }

    [Test]
    public void CorruptEventDocument_IsAStoreErrorNamingTheFile_OtherEventsStillServe()
    {
        NewGstlal();
        GraceEvent healthy = NewGstlal();
        Files.File.WriteAllText(EventPath("G000001", "event.json"), "{ this is not json");

        var error = Assert.Throws<GraceDbStoreException>(() => _kind.Open());

        Assert.That(error!.Message, Does.Contain("G000001").And.Contain("event.json").And.Contain("corrupt event document"));
        Assert.That(Db.Event(healthy.GraceId).GraceId, Is.EqualTo(healthy.GraceId), "the open store keeps serving");
    }

    [Test]
    public void CorruptLineInTheMiddle_IsAStoreErrorNamingFileAndLine()
    {
        GraceEvent e = NewGstlal();
        Db.WriteLog(e.GraceId, "fine");
        string path = EventPath("G000001", "log.jsonl");
        string[] lines = Files.File.ReadAllLines(path);
        lines[1] = "{\"N\": 2, broken";
        Files.File.WriteAllText(path, string.Join('\n', lines) + "\n");

        // The open store trusts its own parsed copy; the damage is seen by the next store opened on the files.
        var error = Assert.Throws<GraceDbStoreException>(() => _kind.Open().Logs(e.GraceId));

        Assert.That(error!.Message, Does.Contain("log.jsonl: line 2 is corrupt"));
    }

    private void Truncate(string path, int bytes)
    {
        byte[] contents = Files.File.ReadAllBytes(path);
        Files.File.WriteAllBytes(path, contents[..^bytes]);
    }
}
