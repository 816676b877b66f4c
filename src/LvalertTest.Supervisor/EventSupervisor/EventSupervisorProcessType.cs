using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// The <c>event_supervisor</c> process type: each alert about an event schedules the checks its follow-up must pass
/// (<c>new</c>: the new-event items; <c>update</c>: the sky-map items of a FITS upload and the children of the update
/// in the graph). Items whose section is missing are skipped, and <c>far thr</c> gates new-event items on the FAR.
/// Beyond the original: an update that satisfies a pending check completes it at once, and the same alert arriving
/// twice (the server publishes to two nodes) never creates the same items twice.
/// </summary>
public sealed class EventSupervisorProcessType(EsContext context, EsItemCatalogue? catalogue = null) : IProcessType
{
    private readonly EsItemCatalogue _catalogue = catalogue ?? EsItemCatalogue.Default;

    // Fingerprints of alerts already handled, per event; an event's entry goes when its last item is collected.
    private readonly SortedDictionary<string, HashSet<string>> _seen = new(StringComparer.Ordinal);

    public const string ProcessTypeName = "event_supervisor";

    public string Name => ProcessTypeName;

    public void Handle(JsonObject alert, DateTimeOffset t0, SortedQueue queue)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(queue);
        string graceId = (alert["uid"] as JsonValue)?.ToString() ?? throw new InvalidDataException("the alert has no uid");
        string alertType = (alert["alert_type"] as JsonValue)?.ToString() ?? throw new InvalidDataException($"alert for {graceId} has no alert_type");
        if (alertType == "log")
        {
            alert = LogAlertShape.AsLegacyUpdate(alert);
            alertType = "update";
        }

        Forget(queue);
        if (!FirstTime(graceId, alert))
        {
            context.Log.Write(t0, graceId, $"ignoring a duplicate {alertType} alert");
            return;
        }

        switch (alertType)
        {
            case "new":
                CreateNewEventItems(graceId, alert, t0, queue);
                break;
            case "update" when IsOwnAnnotation(alert):
                // Our annotations quote the messages checked for ("could not find ... 'began searching for segments
                // in : '"): read as updates, they started follow-up items for work that never began.
                context.Log.Write(t0, graceId, "ignoring the event supervisor's own annotation");
                break;
            case "update":
                CompleteSatisfiedChecks(graceId, alert, t0, queue);
                CreateUpdateItems(graceId, alert, t0, queue);
                break;
            case "label" or "signoff" or "label_added" or "label_removed" or "signoff_created" or "signoff_updated" or "signoff_deleted" or "embb_event_log" or "voevent":
                context.Log.Write(t0, graceId, $"nothing to do for a {alertType} alert");
                break;
            default:
                throw new InvalidDataException($"do not understand alert_type={alertType}");
        }
    }

    public QueueItem Recreate(ItemRecipe recipe, DateTimeOffset t0)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        if (recipe.Kind != EsItem.RecipeKind)
        {
            throw new NotSupportedException($"the event supervisor has no '{recipe.Kind}' items");
        }

        string itemName = (string?)recipe.Arguments["item"] ?? throw new InvalidDataException("item is missing");
        var alert = recipe.Arguments["alert"] as JsonObject ?? throw new InvalidDataException("alert is missing");
        string graceId = (string?)alert["uid"] ?? throw new InvalidDataException("alert.uid is missing");
        EsSection section = context.Config.Section(itemName) ?? throw new InvalidDataException($"the config has no [{itemName}] section any more");
        return Build(t0, new EsItemRequest(context, itemName, graceId, (JsonObject)alert.DeepClone(), section));
    }

    /// <summary>The duplicate-alert memory, so a restarted supervisor still ignores the second copy of an alert.</summary>
    public JsonNode? SaveState()
    {
        var state = new JsonObject();
        foreach ((string graceId, HashSet<string> seen) in _seen)
        {
            state[graceId] = new JsonArray(seen.Order(StringComparer.Ordinal).Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        }

        return state;
    }

    public void RestoreState(JsonNode? state)
    {
        _seen.Clear();
        foreach ((string graceId, JsonNode? seen) in state as JsonObject ?? [])
        {
            // Checkpoints written before alerts were remembered by fingerprint hold the alerts' text: fingerprint it.
            _seen[graceId] = new HashSet<string>((seen as JsonArray ?? []).Select(s => (string?)s ?? string.Empty).Select(s => IsFingerprint(s) ? s : Fingerprint(s)), StringComparer.Ordinal);
        }
    }

    private void CreateNewEventItems(string graceId, JsonObject alert, DateTimeOffset t0, SortedQueue queue)
    {
        double? far = (alert["object"] as JsonObject)?["far"] is JsonValue v && v.TryGetValue(out double f) ? f : null;
        foreach (string itemName in EventGraph.NewItems)
        {
            EsSection? section = context.Config.Section(itemName);
            if (section is null)
            {
                context.Log.Write(t0, graceId, $"skipping {itemName} (no section in config)");
            }
            else if (section.Has("far thr") && far is { } eventFar && section.Number("far thr") < eventFar)
            {
                context.Log.Write(t0, graceId, $"skipping {itemName} (large FAR {eventFar:0.000e+00} > far thr {section.Number("far thr"):0.000e+00})");
            }
            else
            {
                Add(t0, new EsItemRequest(context, itemName, graceId, alert, section), queue);
            }
        }
    }

    private void CreateUpdateItems(string graceId, JsonObject alert, DateTimeOffset t0, SortedQueue queue)
    {
        var names = new List<string>();
        if (EventGraph.IsFits((alert["file"] as JsonValue)?.ToString()))
        {
            names.AddRange(EventGraph.FitsItems);
        }

        names.AddRange(context.Config.Graph.ChildrenOf(context.Config.Graph.UpdateName(alert)));
        foreach (string itemName in names)
        {
            if (context.Config.Section(itemName) is { } section)
            {
                Add(t0, new EsItemRequest(context, itemName, graceId, alert, section), queue);
            }
            else
            {
                context.Log.Write(t0, graceId, $"skipping {itemName} (no section in config)");
            }
        }
    }

    /// <summary>Pending checks of the event that this update may satisfy are looked at now, not at their deadline.</summary>
    private void CompleteSatisfiedChecks(string graceId, JsonObject alert, DateTimeOffset now, SortedQueue queue)
    {
        foreach (QueueItem item in queue.ItemsFor(graceId))
        {
            if (item.CompleteEarly(t => t is EsTask check && check.SatisfiedBy(alert) && check.TryCompleteEarly(now)) > 0)
            {
                queue.Reschedule(item);
            }
        }
    }

    /// <summary>An update for a log entry tagged as the supervisor's annotation.</summary>
    private static bool IsOwnAnnotation(JsonObject alert) =>
        alert["object"]?["tag_names"] is JsonArray tags && tags.Any(t => t?.ToString() == EsTask.AnnotationTag);

    private void Add(DateTimeOffset t0, EsItemRequest request, SortedQueue queue)
    {
        if (!_catalogue.Knows(request.ItemName))
        {
            context.Log.Write(t0, request.GraceId, $"skipping {request.ItemName} (not an item this supervisor knows)");
            return;
        }

        queue.Insert(Build(t0, request));
        context.Log.Write(t0, request.GraceId, $"added QueueItem={request.ItemName}");
    }

    private EsItem Build(DateTimeOffset t0, EsItemRequest request) => new(t0, request, _catalogue.Tasks(request));

    private bool FirstTime(string graceId, JsonObject alert)
    {
        if (!_seen.TryGetValue(graceId, out HashSet<string>? seen))
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            _seen.Add(graceId, seen);
        }

        return seen.Add(Fingerprint(alert.ToJsonString()));
    }

    // Alerts are remembered by the SHA-256 of their text (as the original compared the text itself): 64 characters
    // kept per alert instead of kilobytes, for as long as the event is live.
    private static string Fingerprint(string alertText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(alertText)));

    private static bool IsFingerprint(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);

    // Events with nothing left in the queue are forgotten, so memory follows the queue, not the run's length.
    private void Forget(SortedQueue queue)
    {
        if (_seen.Count <= queue.GraceIdCount + 64)
        {
            return;
        }

        var pending = new HashSet<string>(queue.GraceIds, StringComparer.Ordinal);
        foreach (string graceId in _seen.Keys.Where(g => !pending.Contains(g)).ToList())
        {
            _seen.Remove(graceId);
        }
    }
}
