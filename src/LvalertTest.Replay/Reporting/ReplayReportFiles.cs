using System.Globalization;
using System.IO.Abstractions;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.GraceDb;
using LvalertTest.Core.Storage;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Replay.Reporting;

/// <summary>
/// Writes a report into a directory: <c>replay.json</c> (everything in the report), <c>emails.jsonl</c> (one e-mail a
/// line, as the listener writes them), <c>supervisor.log</c> (the run log in virtual time) and <c>report.txt</c>. Each
/// file is replaced atomically, so an interrupted replay never leaves a half-written report.
/// </summary>
public static class ReplayReportFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    public static void Write(ReplayReport report, string directory, IFileSystem? fileSystem = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        IFileSystem fs = fileSystem ?? new FileSystem();
        fs.Directory.CreateDirectory(directory);
        Save(fs, directory, "replay.json", ToJson(report).ToJsonString(Indented) + "\n");
        Save(fs, directory, "emails.jsonl", string.Concat(report.Emails.Select(JsonLinesOutbox.Format)));
        Save(fs, directory, "supervisor.log", string.Concat(report.Log.Select(l => $"{GraceDbTime.Format(l.Time)} | {l.GraceId ?? "-"} | {l.Message.ReplaceLineEndings(" ")}\n")));
        Save(fs, directory, "report.txt", ReplayReportText.Format(report));
    }

    public static JsonObject ToJson(ReplayReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["graceid"] = report.GraceId,
            ["source"] = report.Source,
            ["config"] = report.Config,
            ["dialect"] = report.Dialect.ToString().ToLowerInvariant(),
            ["cutoff"] = report.Cutoff,
            ["entries_in_log"] = report.EntriesInLog,
            ["entries_replayed"] = report.EntriesReplayed,
            ["labels_replayed"] = report.LabelsReplayed,
            ["alerts"] = report.Alerts,
            ["created"] = GraceDbTime.Format(report.Created),
            ["ended"] = GraceDbTime.Format(report.Ended),
            ["all_passed"] = report.AllPassed,
            ["counts"] = new JsonObject
            {
                ["passed"] = report.Passed,
                ["action_required"] = report.ActionRequired,
                ["exceptions"] = report.Exceptions,
                ["pending"] = report.PendingChecks,
                ["emails"] = report.Emails.Count,
                ["annotations"] = report.Annotations.Count,
            },
            ["checks"] = new JsonArray(report.Checks.Select(c => (JsonNode)Check(report, c)).ToArray()),
            ["emails"] = new JsonArray(report.Emails.Select(e => (JsonNode)new JsonObject
            {
                ["time"] = GraceDbTime.Format(e.Time),
                ["seconds"] = Seconds(e.Time - report.Created),
                ["subject"] = e.Subject,
                ["to"] = new JsonArray(e.To.Select(t => (JsonNode)JsonValue.Create(t)).ToArray()),
            }).ToArray()),
            ["annotations"] = new JsonArray(report.Annotations.Select(a => (JsonNode)new JsonObject
            {
                ["N"] = a.N,
                ["created"] = GraceDbTime.Format(a.Created),
                ["seconds"] = Seconds(a.Created - report.Created),
                ["comment"] = a.Comment,
            }).ToArray()),
            ["supervisor_errors"] = new JsonArray(report.SupervisorErrors.Select(e => (JsonNode)JsonValue.Create(e)).ToArray()),
            ["notes"] = new JsonArray(report.Notes.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
        };
    }

    private static JsonObject Check(ReplayReport report, CheckOutcome c) => new()
    {
        ["item"] = c.Item,
        ["task"] = c.Task,
        ["outcome"] = ReplayReportText.Outcome(c),
        ["time"] = GraceDbTime.Format(c.Time),
        ["seconds"] = Seconds(c.Time - report.Created),
        ["deadline_seconds"] = c.Deadline is { } d ? Seconds(d - report.Created) : null,
        ["latency_seconds"] = c.Latency is { } l ? Seconds(l) : null,
        ["early"] = c.Early,
        ["warning"] = c.Warning,
    };

    // Rounded to the microsecond so the JSON reads the same on every machine.
    private static double Seconds(TimeSpan span) => Math.Round(span.TotalSeconds, 6);

    private static void Save(IFileSystem fs, string directory, string name, string contents) =>
        AtomicFile.Write(fs, fs.Path.Combine(directory, name), Encoding.UTF8.GetBytes(contents));
}
