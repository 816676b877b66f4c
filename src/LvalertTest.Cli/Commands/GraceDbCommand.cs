using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;

namespace LvalertTest.Cli.Commands;

/// <summary>
/// <c>lvalerttest gracedb --db DIR ...</c>: build and inspect a fake GraceDb store by hand, like the real
/// <c>gracedb</c> client. Writes print the REST JSON of what was written; safe alongside other writers of the store.
/// </summary>
internal static class GraceDbCommand
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<DirectoryInfo>("--db") { Description = "The store directory (created if missing).", Required = true, Recursive = true };
        var dialect = new Option<AlertDialect>("--dialect") { Description = "Alert dialect of a new store: Legacy or Igwn.", DefaultValueFactory = _ => AlertDialect.Legacy, Recursive = true };
        var command = new Command("gracedb", "Create, annotate and inspect events in a fake GraceDb store.") { db, dialect };

        var group = new Argument<string>("group") { Description = "CBC, Burst, External, Test" };
        var pipeline = new Argument<string>("pipeline") { Description = "gstlal, pycbc, MBTAOnline, CWB, LIB, Fermi, ..." };
        var file = new Argument<FileInfo>("file") { Description = "The pipeline's upload." };
        var search = new Option<string?>("--search") { Description = "AllSky, LowMass, ..." };
        var labels = new Option<string[]>("--label") { Description = "Labels to apply at creation (repeatable)." };
        var offline = new Option<bool>("--offline") { Description = "Mark the event offline." };
        var create = new Command("create", "Upload a new event.") { group, pipeline, file, search, labels, offline };
        create.SetAction(p => Run(p, db, dialect, output, error, store =>
            Rest(store, store.CreateEvent(p.GetRequiredValue(group), p.GetRequiredValue(pipeline), p.GetValue(search), p.GetRequiredValue(file).Name, File.ReadAllBytes(p.GetRequiredValue(file).FullName), p.GetValue(labels), p.GetValue(offline)))));

        var graceId = new Argument<string>("graceid") { Description = "e.g. G000001" };
        var comment = new Argument<string>("comment") { Description = "The log message." };
        var logFile = new Option<FileInfo?>("--file") { Description = "A file to upload with the message." };
        var tags = new Option<string[]>("--tag") { Description = "Tag names (repeatable)." };
        var log = new Command("log", "Write a log message, optionally with a file.") { graceId, comment, logFile, tags };
        log.SetAction(p => Run(p, db, dialect, output, error, store =>
        {
            FileInfo? upload = p.GetValue(logFile);
            GraceId id = ParseId(p.GetRequiredValue(graceId));
            LogEntry entry = store.WriteLog(id, p.GetRequiredValue(comment), upload?.Name, upload is null ? null : File.ReadAllBytes(upload.FullName), p.GetValue(tags));
            return GraceDbJson.Log(id, entry, store.Options.ServiceUrl);
        }));

        var label = new Argument<string>("label") { Description = "e.g. EM_READY" };
        var addLabel = new Command("label", "Apply a label.") { graceId, label };
        addLabel.SetAction(p => Run(p, db, dialect, output, error, store =>
        {
            GraceId id = ParseId(p.GetRequiredValue(graceId));
            return GraceDbJson.Label(id, store.AddLabel(id, p.GetRequiredValue(label)), store.Options.ServiceUrl);
        }));
        var removeLabel = new Command("unlabel", "Remove a label.") { graceId, label };
        removeLabel.SetAction(p => Run(p, db, dialect, output, error, store =>
        {
            GraceId id = ParseId(p.GetRequiredValue(graceId));
            store.RemoveLabel(id, p.GetRequiredValue(label));
            return new JsonObject { ["removed"] = p.GetRequiredValue(label) };
        }));

        var showEvent = new Command("event", "Print an event.") { graceId };
        showEvent.SetAction(p => Run(p, db, dialect, output, error, store => Rest(store, store.Event(ParseId(p.GetRequiredValue(graceId))))));
        var showLogs = new Command("logs", "Print an event's log.") { graceId };
        showLogs.SetAction(p => Run(p, db, dialect, output, error, store =>
        {
            GraceId id = ParseId(p.GetRequiredValue(graceId));
            return GraceDbJson.LogList(id, store.Logs(id), store.Options.ServiceUrl);
        }));
        var showLabels = new Command("labels", "Print an event's labels.") { graceId };
        showLabels.SetAction(p => Run(p, db, dialect, output, error, store =>
        {
            GraceId id = ParseId(p.GetRequiredValue(graceId));
            return new JsonObject { ["labels"] = new JsonArray(store.Labels(id).Select(l => (JsonNode?)GraceDbJson.Label(id, l, store.Options.ServiceUrl)).ToArray()) };
        }));
        var query = new Argument<string[]>("query") { Description = "e.g. 1187008880 .. 1187008890 gstlal EM_READY", Arity = ArgumentArity.ZeroOrMore };
        var events = new Command("events", "Print the events a query matches.") { query };
        events.SetAction(p => Run(p, db, dialect, output, error, store => new JsonObject
        {
            ["events"] = new JsonArray(store.Events(string.Join(' ', p.GetValue(query) ?? [])).Select(e => (JsonNode?)Rest(store, e)).ToArray()),
        }));

        foreach (Command sub in new[] { create, log, addLabel, removeLabel, showEvent, showLogs, showLabels, events })
        {
            command.Add(sub);
        }

        return command;
    }

    private static int Run(ParseResult parse, Option<DirectoryInfo> db, Option<AlertDialect> dialect, TextWriter output, TextWriter error, Func<FileSystemGraceDb, JsonNode> action)
    {
        try
        {
            FileSystemGraceDb store = FileSystemGraceDb.OpenOnDisk(parse.GetRequiredValue(db).FullName, new FakeGraceDbOptions { Dialect = parse.GetValue(dialect) });
            output.WriteLine(action(store).ToJsonString(Pretty));
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is GraceDbException or FormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {parse.GetRequiredValue(db).FullName}: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static GraceId ParseId(string text) => GraceId.Parse(text);

    private static JsonObject Rest(FileSystemGraceDb store, GraceEvent e) => GraceDbJson.Event(e, store.Options.ServiceUrl);
}
