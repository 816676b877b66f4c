using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.FakeGraceDb.Tests;

/// <summary>An in-memory soak lets finished events go: they leave the store and their numbers are not reused.</summary>
public partial class FileSystemGraceDbTests
{
    [Test]
    public void Forget_DropsTheEventAndItsFiles_OthersServeOn_NumbersNotReused()
    {
        GraceEvent finished = NewGstlal();
        GraceEvent live = NewGstlal();
        Db.WriteLog(finished.GraceId, "a sky map", "bayestar.fits.gz", [1, 2, 3]);
        Db.WriteLog(live.GraceId, "still going");

        if (_db.IsSharedWithOtherProcesses)
        {
            Assert.Throws<InvalidOperationException>(() => _db.Forget(finished.GraceId), "on disk the files are the record");
            Assert.That(Db.Logs(finished.GraceId), Has.Count.EqualTo(4));
            return;
        }

        _db.Forget(finished.GraceId);
        GraceEvent next = NewGstlal();

        Assert.Multiple(() =>
        {
            Assert.Throws<GraceDbNotFoundException>(() => Db.Event(finished.GraceId));
            Assert.Throws<GraceDbNotFoundException>(() => Db.Logs(finished.GraceId));
            if (_kind.HasFileSystem)
            {
                Assert.That(_db.FileSystem.Directory.Exists(_db.FileSystem.Path.Combine(_db.Root, finished.GraceId.ToString())), Is.False, "its files left memory");
            }

            Assert.That(Db.Logs(live.GraceId).Select(l => l.Comment).Last(), Is.EqualTo("still going"));
            Assert.That(Db.WriteLog(live.GraceId, "and on").N, Is.EqualTo(5));
            Assert.That(next.GraceId.ToString(), Is.EqualTo("G000003"), "the forgotten number is not given out again");
            Assert.That(Db.Events(string.Empty).Select(e => e.GraceId.ToString()), Is.EqualTo(new[] { "G000002", "G000003" }));
        });
    }
}
