using System.IO.Abstractions;

namespace LvalertTest.FakeGraceDb.Store;

/// <summary>Whole-document writes that a crash cannot leave half done: write a temporary file, then rename over.</summary>
internal static class AtomicFile
{
    private const string TemporarySuffix = ".partial";

    public static void Write(IFileSystem fileSystem, string path, byte[] contents)
    {
        string temporary = path + TemporarySuffix;
        fileSystem.File.WriteAllBytes(temporary, contents);
        fileSystem.File.Move(temporary, path, overwrite: true);
    }
}
