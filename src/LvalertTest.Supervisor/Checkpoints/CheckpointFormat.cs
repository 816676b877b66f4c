using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Checkpoints;

/// <summary>
/// The checkpoint document: one JSON object holding the queue (items with ids, recipes and task progress) and the
/// per-GraceID index as lists of those ids, so identity is shared (the original pickled the two separately and got
/// copies). Items are re-created from their recipes on load; times are ISO 8601 with ticks, so nothing is rounded.
/// </summary>
public static class CheckpointFormat
{
    public const string FormatName = "lvalerttest-supervisor-checkpoint";
    public const int Version = 1;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The document for <paramref name="snapshot"/>; task progress is read as of <paramref name="now"/>.</summary>
    public static byte[] Write(EngineSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var ids = new Dictionary<QueueItem, int>(ReferenceEqualityComparer.Instance);
        var queue = new JsonArray();
        foreach (QueueItem item in snapshot.Queue)
        {
            ItemRecipe recipe = item.Recipe ?? throw new ArgumentException($"item {item} has no recipe and cannot be checkpointed", nameof(snapshot));
            int id = ids.Count;
            ids.Add(item, id);
            (IReadOnlyList<SupervisorTask> pending, IReadOnlyList<SupervisorTask> completed) = item.Progress(now);
            queue.Add(new JsonObject
            {
                ["id"] = id,
                ["kind"] = recipe.Kind,
                ["name"] = item.Name,
                ["graceid"] = item.GraceId,
                ["t0"] = Time(item.T0),
                ["arguments"] = recipe.Arguments.DeepClone(),
                ["tasks"] = new JsonArray(pending.Select(t => (JsonNode)new JsonObject { ["slot"] = t.Slot, ["name"] = t.Name, ["expiration"] = Time(t.Expiration!.Value) }).ToArray()),
                ["completed"] = new JsonArray(completed.Select(t => (JsonNode)new JsonObject { ["slot"] = t.Slot, ["name"] = t.Name }).ToArray()),
            });
        }

        var index = new JsonObject();
        foreach ((string graceId, IReadOnlyList<QueueItem> items) in snapshot.ByGraceId.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            index[graceId] = new JsonArray(items.Select(i => (JsonNode)ids[i]).ToArray());
        }

        var document = new JsonObject
        {
            ["format"] = FormatName,
            ["version"] = Version,
            ["process_type"] = snapshot.ProcessType,
            ["time"] = Time(snapshot.Time),
            ["alerts_received"] = snapshot.AlertsReceived,
            ["warnings"] = new JsonObject { ["count"] = snapshot.WarnCount, ["next"] = Time(snapshot.WarnTime) },
            ["process_state"] = snapshot.ProcessState?.DeepClone(),
            ["queue"] = queue,
            ["by_graceid"] = index,
        };
        return Encoding.UTF8.GetBytes(document.ToJsonString(Indented) + "\n");
    }

    /// <summary>
    /// Reads a document written by <see cref="Write"/>, re-creating each item with <paramref name="recreate"/>.
    /// Anything wrong is a <see cref="CheckpointException"/> naming <paramref name="source"/> and the field.
    /// </summary>
    public static EngineSnapshot Read(byte[] contents, string source, Func<ItemRecipe, DateTimeOffset, QueueItem> recreate)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(recreate);
        var reader = new Reader(source);
        JsonObject document = reader.Document(contents);
        if (reader.String(document, "format") != FormatName)
        {
            throw reader.Error("format", $"not a supervisor checkpoint (expected \"{FormatName}\")");
        }

        if (reader.Integer(document, "version") != Version)
        {
            throw reader.Error("version", $"unsupported version (this build reads {Version})");
        }

        var items = new List<QueueItem>();
        var byId = new Dictionary<long, QueueItem>();
        JsonArray queue = reader.Array(document, "queue");
        for (int i = 0; i < queue.Count; i++)
        {
            string at = $"queue[{i}]";
            JsonObject entry = queue[i] as JsonObject ?? throw reader.Error(at, "not an object");
            QueueItem item = reader.Item(entry, at, recreate);
            if (!byId.TryAdd(reader.Integer(entry, "id", at), item))
            {
                throw reader.Error(at + ".id", "the id is used twice");
            }

            items.Add(item);
        }

        var index = new SortedDictionary<string, IReadOnlyList<QueueItem>>(StringComparer.Ordinal);
        foreach ((string graceId, JsonNode? ids) in reader.Object(document, "by_graceid"))
        {
            string at = $"by_graceid.{graceId}";
            index[graceId] = (ids as JsonArray ?? throw reader.Error(at, "not a list of item ids"))
                .Select(id => byId.TryGetValue(reader.Integer(id, at), out QueueItem? item) ? item : throw reader.Error(at, $"no queued item has id {id?.ToJsonString()}"))
                .ToList();
        }

        JsonObject warnings = reader.Object(document, "warnings");
        return new EngineSnapshot(
            reader.String(document, "process_type"),
            reader.Time(document, "time"),
            reader.Integer(document, "alerts_received"),
            checked((int)reader.Integer(warnings, "count", "warnings")),
            reader.Time(warnings, "next", "warnings"),
            document["process_state"]?.DeepClone(),
            items,
            index);
    }

    private static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Field access with errors that name the file and the field.</summary>
    private sealed class Reader(string source)
    {
        public CheckpointException Error(string field, string problem, Exception? inner = null) => new($"{source}: {field}: {problem}", inner);

        public JsonObject Document(byte[] contents)
        {
            try
            {
                return JsonNode.Parse(contents) as JsonObject ?? throw Error("(document)", "not a JSON object");
            }
            catch (JsonException e)
            {
                throw Error("(document)", $"not valid JSON ({e.Message})", e);
            }
        }

        public QueueItem Item(JsonObject entry, string at, Func<ItemRecipe, DateTimeOffset, QueueItem> recreate)
        {
            var recipe = new ItemRecipe(String(entry, "kind", at), (JsonObject)Object(entry, "arguments", at).DeepClone());
            DateTimeOffset t0 = Time(entry, "t0", at);
            string? graceId = entry["graceid"] is null ? null : String(entry, "graceid", at);
            QueueItem item;
            try
            {
                item = recreate(recipe, t0);
            }
            catch (Exception e) when (e is not CheckpointException)
            {
                throw Error(at + ".kind", $"cannot re-create a '{recipe.Kind}' item: {e.Message}", e);
            }

            if (item.GraceId != graceId || item.Name != String(entry, "name", at))
            {
                throw Error(at, $"the re-created item ({item}) does not match the recorded name and GraceID");
            }

            var pending = new List<(int, string, DateTimeOffset)>();
            foreach ((JsonObject task, string taskAt) in Entries(entry, "tasks", at))
            {
                pending.Add((Slot(task, taskAt), String(task, "name", taskAt), Time(task, "expiration", taskAt)));
            }

            var completed = new List<(int, string)>();
            foreach ((JsonObject task, string taskAt) in Entries(entry, "completed", at))
            {
                completed.Add((Slot(task, taskAt), String(task, "name", taskAt)));
            }

            try
            {
                item.RestoreProgress(pending, completed);
            }
            catch (InvalidDataException e)
            {
                throw Error(at + ".tasks", e.Message, e);
            }

            return item.Complete ? throw Error(at + ".tasks", "a queued item needs at least one pending task") : item;
        }

        public string String(JsonObject o, string name, string? at = null) =>
            o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Error(Path(at, name), "missing or not a string");

        public long Integer(JsonObject o, string name, string? at = null) => Integer(o[name], Path(at, name));

        public long Integer(JsonNode? node, string at) =>
            node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out long value) ? value : throw Error(at, "missing or not an integer");

        public DateTimeOffset Time(JsonObject o, string name, string? at = null) =>
            DateTimeOffset.TryParseExact(String(o, name, at), "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset time)
                ? time
                : throw Error(Path(at, name), "not an ISO 8601 round-trip time");

        public JsonArray Array(JsonObject o, string name, string? at = null) => o[name] as JsonArray ?? throw Error(Path(at, name), "missing or not a list");

        public JsonObject Object(JsonObject o, string name, string? at = null) => o[name] as JsonObject ?? throw Error(Path(at, name), "missing or not an object");

        private IEnumerable<(JsonObject Entry, string At)> Entries(JsonObject o, string name, string at) =>
            Array(o, name, at).Select((node, k) => (node as JsonObject ?? throw Error($"{at}.{name}[{k}]", "not an object"), $"{at}.{name}[{k}]"));

        private int Slot(JsonObject task, string at) =>
            Integer(task, "slot", at) is var slot and >= 0 and <= int.MaxValue ? (int)slot : throw Error(at + ".slot", "not a task slot");

        private static string Path(string? at, string name) => at is null ? name : $"{at}.{name}";
    }
}
