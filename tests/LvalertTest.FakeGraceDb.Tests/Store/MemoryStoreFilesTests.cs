using System.Text;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb.Tests.Store;

/// <summary>The simulations' in-memory files behave like a disk's where the store relies on it.</summary>
public class MemoryStoreFilesTests
{
    private MemoryStoreFiles _files = null!;

    [SetUp]
    public void Create()
    {
        _files = new MemoryStoreFiles();
        _files.CreateDirectory("/gracedb/G000001/files");
    }

    [Test]
    public void Appends_AreSeenAtOnceByOtherStreams_AndReadersOfTheWholeFile()
    {
        using Stream writer = _files.Open("/gracedb/G000001/log.jsonl", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, 0);
        using Stream reader = _files.Open("/gracedb/G000001/log.jsonl", FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096);

        writer.Write("{\"N\":1}\n"u8);
        var buffer = new byte[64];
        int read = reader.Read(buffer);
        writer.Write("{\"N\":2}\n"u8);

        Assert.That(Encoding.UTF8.GetString(buffer, 0, read), Is.EqualTo("{\"N\":1}\n"));
        Assert.That(Encoding.UTF8.GetString(_files.ReadAllBytes("/gracedb/G000001/log.jsonl")), Is.EqualTo("{\"N\":1}\n{\"N\":2}\n"));
        Assert.That(_files.Length("/gracedb/G000001/log.jsonl"), Is.EqualTo(16));
    }

    [Test]
    public void ATornLastLine_IsCutOffBeforeTheNextAppend()
    {
        _files.WriteAllBytes("/gracedb/G000001/labels.jsonl", "{\"op\":\"add\"}\n{\"op\":\"re"u8.ToArray());

        JsonLines.Append(_files, "/gracedb/G000001/labels.jsonl", new System.Text.Json.Nodes.JsonObject { ["op"] = "remove" });

        Assert.That(_files.ReadAllText("/gracedb/G000001/labels.jsonl"), Is.EqualTo("{\"op\":\"add\"}\n{\"op\":\"remove\"}\n"));
    }

    [Test]
    public void WritingPastTheEnd_LeavesZeros_SetLengthCuts()
    {
        using Stream stream = _files.Open("/gracedb/G000001/files/x,0", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 0);
        stream.Seek(3, SeekOrigin.Begin);
        stream.Write([7]);
        Assert.That(_files.ReadAllBytes("/gracedb/G000001/files/x,0"), Is.EqualTo(new byte[] { 0, 0, 0, 7 }));

        stream.SetLength(2);
        Assert.That((_files.ReadAllBytes("/gracedb/G000001/files/x,0"), stream.Position), Is.EqualTo((new byte[] { 0, 0 }, 2L)));
    }

    [Test]
    public void Directories_AreListedInOrder_AndRemovedWithEverythingUnderThem()
    {
        _files.CreateDirectory("/gracedb/G000003");
        _files.CreateDirectory("/gracedb/G000002");
        _files.WriteAllBytes("/gracedb/G000001/files/skymap.fits.gz,0", [1, 2]);
        _files.WriteAllBytes("/gracedb/G000001/event.json", [3]);

        Assert.That(_files.Directories("/gracedb"), Is.EqualTo(new[] { "/gracedb/G000001", "/gracedb/G000002", "/gracedb/G000003" }));

        _files.DeleteDirectory("/gracedb/G000001");

        Assert.That(_files.Directories("/gracedb"), Is.EqualTo(new[] { "/gracedb/G000002", "/gracedb/G000003" }));
        Assert.That((_files.FileExists("/gracedb/G000001/event.json"), _files.FileExists("/gracedb/G000001/files/skymap.fits.gz,0")), Is.EqualTo((false, false)));
        Assert.That(_files.DirectoryExists("/gracedb/G000001/files"), Is.False);
    }

    [Test]
    public void MissingFilesAndDirectories_FailAsOnADisk()
    {
        Assert.Throws<FileNotFoundException>(() => _files.ReadAllBytes("/gracedb/G000001/nothing"));
        Assert.Throws<FileNotFoundException>(() => _files.Open("/gracedb/G000001/nothing", FileMode.Open, FileAccess.Read, FileShare.Read, 0));
        Assert.Throws<DirectoryNotFoundException>(() => _files.WriteAllBytes("/gracedb/G000009/event.json", [1]));
        Assert.Throws<DirectoryNotFoundException>(() => _files.DeleteDirectory("/gracedb/G000009"));
        Assert.That(_files.Length("/gracedb/G000001/nothing"), Is.Null);
    }
}
