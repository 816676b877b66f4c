using System.Text.Json.Nodes;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>What a file check wants: the file (a name, or a start-anchored pattern), and optionally the tags and the
/// comment of the log entry that uploaded it.</summary>
public sealed record FileExpectation(string File, bool Regex = false, IReadOnlyList<string>? Tags = null, string? LogFragment = null, bool LogRegex = false);

/// <summary>
/// A check for an uploaded file (the original's <c>check4file</c>, with its warning sentences). The uploading log is
/// the last one that names the file (the original read a misspelt key there and crashed; fixed).
/// </summary>
public class FileTask(EsTaskSetup setup, string name, string description, TimeSpan timeout, FileExpectation expected)
    : EsTask(setup, name, description, timeout)
{
    public FileExpectation Expected { get; } = expected;

    protected override CheckResult Check(DateTimeOffset now)
    {
        string? file = FindFile();
        if (file is null)
        {
            return new CheckResult(true, $"could not find {Expected.File}");
        }

        return Judge(file, GraceDb.Logs(Event).LastOrDefault(l => l.FileName == file));
    }

    /// <summary>The first stored file name that is, or matches, the expected one.</summary>
    protected string? FindFile()
    {
        IEnumerable<string> names = GraceDb.Files(Event).Select(f => f.FileName).Distinct(StringComparer.Ordinal);
        return Expected.Regex
            ? names.FirstOrDefault(n => Matching.PythonMatch(n, Expected.File) is not null)
            : names.FirstOrDefault(n => n == Expected.File);
    }

    private CheckResult Judge(string file, LogEntry? owner)
    {
        bool wantTags = Expected.Tags is not null;
        bool wantLog = Expected.LogFragment is not null;
        string tags = string.Join(",", Expected.Tags ?? []);
        bool tagsOk = !wantTags || (owner is not null && Matching.SameTags(owner.TagNames, Expected.Tags!));
        bool logOk = !wantLog || (owner is not null && Matching.Matches(owner.Comment, Expected.LogFragment!, Expected.LogRegex));
        return (wantTags, wantLog) switch
        {
            (true, true) when tagsOk => new CheckResult(!logOk, logOk
                ? $"found {file} with correct tagnames ({tags}) and correct log message"
                : $"found {file} with correct tagnames ({tags}) but incorrect log message"),
            (true, true) => new CheckResult(true, $"found {file} but with incorrect tagnames ({tags})" + (logOk ? " and correct log message" : " and incorrect log message")),
            (true, false) => new CheckResult(!tagsOk, tagsOk
                ? $"found {file} with correct tagnames ({tags}) while ignoring log message"
                : $"found {file} but with incorrect tagnames ({tags}) while ignoring log message"),
            (false, true) => new CheckResult(!logOk, logOk
                ? $"found {file} with correct log message while ignoring tagnames"
                : $"found {file} but with incorrect log message while ignoring tagnames"),
            _ => new CheckResult(false, $"found {file} while ignoring tagnames and log message"),
        };
    }

    public override bool SatisfiedBy(JsonObject alert) =>
        alert?["file"] is JsonValue f && f.ToString() is { Length: > 0 } name
        && (Expected.Regex ? Matching.PythonMatch(name, Expected.File) is not null : name == Expected.File);
}
