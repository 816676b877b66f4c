using System.Text.Json.Nodes;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// The sky-map comparison started for every FITS file of the event. The original listed the event's files when the
/// item was made and noted the race with uploads in between; here the files are those uploaded up to the log entry
/// that triggered the item (<paramref name="triggerLog"/>, its N), which is also the same list after a restart.
/// </summary>
internal sealed class MultFitsStartTask(EsTaskSetup setup, TimeSpan dt, int? triggerLog)
    : EsTask(setup, "multFITSStart", "check that multFITS started comparing the sky maps", dt)
{
    public const string Prefix = "started skymap comparison for ";

    protected override CheckResult Check(DateTimeOffset now)
    {
        IReadOnlyList<LogEntry> logs = GraceDb.Logs(Event);
        List<string> fits = logs
            .Where(l => (triggerLog is null || l.N <= triggerLog) && EventGraph.IsFits(l.FileName))
            .Select(l => l.FileName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        string pattern = FitsNames.MentioningAll(Prefix, fits);
        string subject = $"multFITS start message for {string.Join(", ", fits)}";
        return logs.Any(l => Matching.PythonMatch(l.Comment, pattern) is not null)
            ? new CheckResult(false, $"found {subject}")
            : new CheckResult(true, $"could not find {subject}");
    }

    public override bool SatisfiedBy(JsonObject alert) =>
        alert?["description"] is JsonValue d && d.ToString().StartsWith(Prefix, StringComparison.Ordinal);
}
