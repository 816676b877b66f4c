using System.IO.Abstractions;

namespace LvalertTest.Core.Storage;

/// <summary>
/// Whole-document writes that a crash cannot leave half done: write a temporary file beside the target, then rename
/// it over. A reader sees the old document or the new one, never a torn one. Used by the fake GraceDb's event
/// documents and by the supervisor's checkpoints.
/// </summary>
public static class AtomicFile
{
    public const string TemporarySuffix = ".partial";

    public static void Write(IFileSystem fileSystem, string path, byte[] contents)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        string temporary = path + TemporarySuffix;
        fileSystem.File.WriteAllBytes(temporary, contents);
        fileSystem.File.Move(temporary, path, overwrite: true);
    }
}
