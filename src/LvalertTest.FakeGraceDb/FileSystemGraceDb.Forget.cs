using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    /// <summary>
    /// Drops a finished event from a store private to this process (an in-memory soak's), so a simulated year keeps
    /// only its live events in memory: its files, records and index entry go, and its number is not given out again.
    /// Afterwards the event is not found, as if it had been deleted on the server. Refused for a store on disk, where
    /// the files are the run's record and other processes may read them.
    /// </summary>
    public void Forget(GraceId graceId)
    {
        if (_sharedWithOtherProcesses)
        {
            throw new InvalidOperationException($"cannot forget {graceId}: the store at {Root} is shared with other processes");
        }

        using (Enter())
        {
            RequireIndexed(graceId);
            string directory = _layout.EventDirectory(graceId);
            _logAppenders.CloseUnder(directory);
            _files.DeleteDirectory(directory);
            _index.Remove(graceId.Number);
            _states.Remove(graceId.Number);
            _lock.RecordWrite();
        }
    }
}
