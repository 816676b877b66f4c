using LvalertTest.Core.Events;

namespace LvalertTest.Replay.Sources;

/// <summary>Reads one event to replay from a fake GraceDb store directory or from an export in the real REST shapes.</summary>
public static class ReplaySources
{
    public static ReplaySource Load(string path, string graceId)
    {
        ArgumentNullException.ThrowIfNull(path);
        GraceId id = ParseGraceId(graceId);
        if (Directory.Exists(path))
        {
            return StoreSnapshot.Read(path, id);
        }

        return File.Exists(path)
            ? ExportReader.Read(path, id)
            : throw new ReplayInputException($"{path}: no such store directory or export file");
    }

    public static GraceId ParseGraceId(string? text) =>
        GraceId.TryParse(text, out GraceId id)
            ? id
            : throw new ReplayInputException($"graceid: '{text}' is not a GraceID (one of the letters {GraceId.Prefixes} followed by digits, e.g. G298048)");
}
