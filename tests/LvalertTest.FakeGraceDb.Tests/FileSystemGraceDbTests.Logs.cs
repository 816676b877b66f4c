using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;

namespace LvalertTest.FakeGraceDb.Tests;

public partial class FileSystemGraceDbTests
{
    [Test]
    public void WriteLog_NumbersEntriesAndVersionsFiles()
    {
        GraceEvent e = NewGstlal();
        _kind.Clock.Advance(TimeSpan.FromSeconds(10));

        LogEntry psd = Db.WriteLog(e.GraceId, "strain spectral densities", "psd.xml.gz", "psd-0"u8.ToArray(), ["psd"]);
        LogEntry plain = Db.WriteLog(e.GraceId, "just words");
        LogEntry psdAgain = Db.WriteLog(e.GraceId, "", "psd.xml.gz", "psd-1"u8.ToArray());

        Assert.Multiple(() =>
        {
            Assert.That((psd.N, psd.FileReference, psd.Created), Is.EqualTo((4, "psd.xml.gz,0", StoreKind.Start.AddSeconds(10))));
            Assert.That(psd.TagNames, Is.EqualTo(new[] { "psd" }));
            Assert.That((plain.N, plain.FileName, plain.FileVersion), Is.EqualTo((5, string.Empty, (int?)null)));
            Assert.That((psdAgain.N, psdAgain.FileReference), Is.EqualTo((6, "psd.xml.gz,1")));
            Assert.That(Db.FileContents(e.GraceId, "psd.xml.gz"), Is.EqualTo("psd-1"u8.ToArray()));
            Assert.That(Db.FileContents(e.GraceId, "psd.xml.gz,0"), Is.EqualTo("psd-0"u8.ToArray()));
            Assert.That(Db.Files(e.GraceId).Select(f => f.Reference), Is.EqualTo(new[] { "coinc.xml,0", "event.log,0", "coinc.xml,1", "psd.xml.gz,0", "psd.xml.gz,1" }));
            Assert.That(Db.Logs(e.GraceId).Select(l => l.N), Is.EqualTo(Enumerable.Range(1, 6)));
        });
    }

    [Test]
    public void LogsAndFiles_AreSnapshots_AndAgreeWithTheStoreReadAfresh()
    {
        GraceEvent e = NewGstlal();
        // Read from the store itself (the REST client makes new lists on every call anyway).
        IReadOnlyList<LogEntry> before = _db.Logs(e.GraceId);
        IReadOnlyList<FileVersionRecord> filesBefore = _db.Files(e.GraceId);

        for (int i = 0; i < 20; i++)
        {
            Db.WriteLog(e.GraceId, $"entry {i}", i % 3 == 0 ? "p.txt" : null, i % 3 == 0 ? new byte[i + 1] : null);
        }

        FileSystemGraceDb reopened = _kind.Open();
        Assert.Multiple(() =>
        {
            Assert.That(before, Has.Count.EqualTo(3), "a list handed out earlier does not grow");
            Assert.That(filesBefore, Has.Count.EqualTo(3));
            Assert.That(_db.Logs(e.GraceId).Select(Shown), Is.EqualTo(reopened.Logs(e.GraceId).Select(Shown)));
            Assert.That(_db.Files(e.GraceId), Is.EqualTo(reopened.Files(e.GraceId)));
            Assert.That(_db.Files(e.GraceId).Where(f => f.FileName == "p.txt").Select(f => f.Length), Is.EqualTo(new long[] { 1, 4, 7, 10, 13, 16, 19 }));
        });
    }

    private static string Shown(LogEntry l) => $"{l.N} {l.Comment} {l.Created:O} {l.Issuer} {l.FileReference} {string.Join(',', l.TagNames)}";

    [Test]
    public void FileContents_UnknownFileOrVersion_IsNotFound()
    {
        GraceEvent e = NewGstlal();

        Assert.Throws<GraceDbNotFoundException>(() => Db.FileContents(e.GraceId, "bayestar.fits.gz"));
        Assert.Throws<GraceDbNotFoundException>(() => Db.FileContents(e.GraceId, "coinc.xml,7"));
    }

    [Test]
    public void WriteLog_BadRequests_AreRefusedWithoutWriting()
    {
        GraceEvent e = NewGstlal();
        int alerts = _kind.Published.Alerts.Count;

        Assert.Throws<GraceDbNotFoundException>(() => Db.WriteLog(Core.Events.GraceId.Parse("G000042"), "x"));
        Assert.Throws<GraceDbValidationException>(() => Db.WriteLog(e.GraceId, "x", "a/b.txt", [1]));
        Assert.Throws<GraceDbValidationException>(() => Db.WriteLog(e.GraceId, "x", "a.txt", null));
        Assert.Throws<GraceDbValidationException>(() => Db.WriteLog(e.GraceId, string.Empty));

        Assert.That(Db.Logs(e.GraceId), Has.Count.EqualTo(3));
        Assert.That(_kind.Published.Alerts, Has.Count.EqualTo(alerts));
    }
}
