using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;

namespace LvalertTest.Replay.Sources;

/// <summary>
/// Reads one event of a store directory through a copy in memory: opening a store on disk takes its lock file and may
/// create documents, and replay must leave the source exactly as it was. Only the store document and the event's own
/// directory are copied.
/// </summary>
internal static class StoreSnapshot
{
    private const string Root = "/source";

    public static ReplaySource Read(string directory, GraceId id)
    {
        string storeDocument = Path.Combine(directory, "store.json");
        if (!File.Exists(storeDocument))
        {
            throw new ReplayInputException($"{directory}: not a fake GraceDb store (it has no store.json)");
        }

        string eventDirectory = Path.Combine(directory, id.ToString());
        if (!File.Exists(Path.Combine(eventDirectory, "event.json")))
        {
            throw new ReplayInputException($"{directory}: the store holds no event {id}");
        }

        var fs = new MockFileSystem();
        Copy(fs, storeDocument, fs.Path.Combine(Root, "store.json"));
        foreach (string file in Directory.EnumerateFiles(eventDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/');
            Copy(fs, file, fs.Path.Combine(Root, relative));
        }

        var warnings = new List<string>();
        try
        {
            using FileSystemGraceDb store = FileSystemGraceDb.Open(fs, Root, new FakeGraceDbOptions { Warn = warnings.Add });
            GraceEvent e = store.Event(id);
            IReadOnlyList<LogEntry> logs = store.Logs(id);
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (LogEntry entry in logs)
            {
                if (entry.FileReference is { } reference && fs.File.Exists(fs.Path.Combine(Root, id.ToString(), "files", reference)))
                {
                    files[reference] = store.FileContents(id, reference);
                }
            }

            return new ReplaySource { Origin = directory, Event = e, Logs = logs, Labels = store.Labels(id), Files = files, Warnings = warnings };
        }
        catch (Exception ex) when (ex is GraceDbException or FormatException or InvalidOperationException)
        {
            // The store's own errors name the file; a record that does not parse is in the event's log or labels.
            throw new ReplayInputException($"{directory}: {id}: {ex.Message.ReplaceLineEndings(" ").Replace(Root + "/", string.Empty, StringComparison.Ordinal)}", ex);
        }
    }

    private static void Copy(MockFileSystem fs, string from, string to)
    {
        fs.Directory.CreateDirectory(fs.Path.GetDirectoryName(to)!);
        fs.File.WriteAllBytes(to, File.ReadAllBytes(from));
    }
}
