using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    // Events by number (numbers are shared across prefix letters, as in the original fake): the query index and
    // the source of the next GraceID. Sorted, so queries return events in GraceID-number order on every machine.
    private readonly SortedDictionary<long, GraceEvent> _index = [];
    private long _highestNumber;

    private void LoadIndex()
    {
        foreach (string directory in _files.Directories(_layout.Root).Order(StringComparer.Ordinal))
        {
            string name = _files.FileName(directory);
            if (GraceId.TryParse(name, out GraceId id))
            {
                IndexIfComplete(id);
            }
        }
    }

    /// <summary>Picks up events other processes created since we last looked (call under the lock).</summary>
    private void RefreshIndex()
    {
        while (TryFindDirectory(_highestNumber + 1, out GraceId id) && IndexIfComplete(id))
        {
        }
    }

    /// <summary>The next free number; a directory left without its event.json by a crash is reused (under the lock).</summary>
    private long AllocateNumber()
    {
        RefreshIndex();
        return _highestNumber + 1;
    }

    private bool TryFindDirectory(long number, out GraceId id)
    {
        foreach (char prefix in GraceId.Prefixes)
        {
            id = GraceId.Create(prefix, number);
            if (_files.DirectoryExists(_layout.EventDirectory(id)))
            {
                return true;
            }
        }

        id = default;
        return false;
    }

    /// <summary>Indexes an event whose creation committed (its event.json exists); false for a crash remnant.</summary>
    private bool IndexIfComplete(GraceId id)
    {
        if (!_files.FileExists(_layout.EventDocument(id)))
        {
            return false;
        }

        GraceEvent stored = ReadEventDocument(id);
        _index[id.Number] = stored;
        _highestNumber = Math.Max(_highestNumber, id.Number);
        return true;
    }

    private GraceEvent ReadEventDocument(GraceId id)
    {
        string path = _layout.EventDocument(id);
        try
        {
            JsonObject json = JsonNode.Parse(_files.ReadAllText(path)) as JsonObject ?? throw new JsonException("not an object");
            return GraceDbJson.ReadEvent(json);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new GraceDbStoreException($"{path}: corrupt event document ({e.Message})", e);
        }
    }

    private GraceEvent RequireIndexed(GraceId id)
    {
        if (_index.TryGetValue(id.Number, out GraceEvent? stored) && stored.GraceId == id)
        {
            return stored;
        }

        RefreshIndex();
        return _index.TryGetValue(id.Number, out stored) && stored.GraceId == id
            ? stored
            : throw GraceDbNotFoundException.Event(id);
    }
}
