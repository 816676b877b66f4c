using LvalertTest.Core.Events;

namespace LvalertTest.FakeGraceDb.Store;

/// <summary>Where things live in a store directory (documented in fake-gracedb/README.md).</summary>
internal sealed class StoreLayout(IStoreFiles files, string root)
{
    public string Root { get; } = root;

    public string StoreDocument => Path("store.json");

    public string LockFile => Path("store.lock");

    public string AlertJournal => Path("alerts.jsonl");

    public string EventDirectory(GraceId id) => Path(id.ToString());

    public string EventDocument(GraceId id) => Path(id.ToString(), "event.json");

    public string Log(GraceId id) => Path(id.ToString(), "log.jsonl");

    public string Labels(GraceId id) => Path(id.ToString(), "labels.jsonl");

    public string Signoffs(GraceId id) => Path(id.ToString(), "signoffs.jsonl");

    public string VoEvents(GraceId id) => Path(id.ToString(), "voevents.jsonl");

    public string FilesDirectory(GraceId id) => Path(id.ToString(), "files");

    /// <summary>A stored file version: <c>files/name,N</c>, the real service's file reference.</summary>
    public string File(GraceId id, string fileName, int version) => Path(id.ToString(), "files", $"{fileName},{version}");

    private string Path(params string[] parts) => files.Combine([Root, .. parts]);
}
