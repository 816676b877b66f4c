using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.Commands;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>
/// The <c>approval_processorMP</c> process type (reference §1-§3): per event, the throttle on <c>new</c>, then the
/// checks of its state on every alert, labels, sign-off requests and VOEvents. Differences from the original are said
/// where they are made; the main one: its blocking 10 s sleep before the first checks is a queued task in virtual
/// time, started by the <c>new</c> alert too, so an event with no further alert is still checked (B2).
/// </summary>
public sealed partial class ApprovalProcessorProcessType : IProcessType
{
    public const string ProcessTypeName = "approval_processorMP";

    private readonly ApContext _context;
    private readonly ApChecks _checks;
    private readonly ApStateMachine _machine;
    private readonly SortedDictionary<string, ApEventRecord> _records = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, PipelineThrottle> _throttles = new(StringComparer.Ordinal);
    private SortedQueue? _queue;

    public ApprovalProcessorProcessType(ApContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _checks = new ApChecks(context);
        _machine = new ApStateMachine(context, _checks, new ApVoEvents(context, _checks));
    }

    public string Name => ProcessTypeName;

    public ApEventRecord? Record(string graceId) => _records.GetValueOrDefault(graceId);

    public PipelineThrottle? Throttle(string key) => _throttles.GetValueOrDefault(key);

    public void Handle(JsonObject alert, DateTimeOffset t0, SortedQueue queue)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(queue);
        _queue = queue;
        string graceId = (alert["uid"] as JsonValue)?.ToString() ?? throw new InvalidDataException("the alert has no uid");
        string alertType = (alert["alert_type"] as JsonValue)?.ToString() ?? throw new InvalidDataException($"alert for {graceId} has no alert_type");
        (alertType, JsonObject? payload, string description) = Normalise(alert, alertType);
        if (alertType is "ignore")
        {
            return;
        }

        if (!GraceId.TryParse(graceId, out GraceId id))
        {
            throw new InvalidDataException($"alert uid '{graceId}' is not a GraceID");
        }

        if (alertType == "new" && _records.ContainsKey(graceId))
        {
            // The server publishes each alert on two nodes; the second copy of "new" changes nothing.
            _records[graceId].LastAlert = t0;
            return;
        }

        ApEventRecord record = EnsureRecord(id, t0, queue);
        if (graceId[0] is 'M' or 'S')
        {
            _context.Comment(record, t0, "AP: Mock data challenge or simulation. Ignoring.");
            return;
        }

        if (IsExternal(record))
        {
            // GRB coincidence JSON files (reference §2.6) are not part of this port: external triggers are recorded only.
            if (alertType == "label")
            {
                record.RecordLabel(description);
            }

            return;
        }

        switch (alertType)
        {
            case "new":
                if (!AddToThrottle(record, t0, queue))
                {
                    StartInjectionWait(record, t0, queue);
                }

                break;
            case "label":
                _machine.OnLabel(record, description, t0);
                break;
            case "update":
                RecordUpdate(record, description, payload);
                CheckState(record, t0, queue);
                break;
            case "signoff":
                RecordSignoff(record, payload);
                CheckState(record, t0, queue);
                break;
            default:
                throw new InvalidDataException($"do not understand alert_type={alertType}");
        }
    }

    public bool RunCommand(LvalertCommand command, DateTimeOffset now, SortedQueue queue)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(queue);
        if (command.Name != "resetThrottle")
        {
            return false;
        }

        string key = PipelineThrottle.KeyFor(command.Argument("group")!, command.Argument("pipeline")!, command.Argument("search"));
        if (_throttles.Remove(key))
        {
            queue.ClearGraceId(key);
            _context.Log.Write(now, key, $"resetThrottle: {key} reset");
        }
        else
        {
            _context.Log.Write(now, key, "Did not find PipelineThrottle QueueItem in QueueByGraceid");
        }

        return true;
    }

    public QueueItem Recreate(ItemRecipe recipe, DateTimeOffset t0)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        string key = ApItems.Key(recipe);
        return recipe.Kind switch
        {
            ApItems.ForgetKind => ApItems.Forget(t0, key, this, _context.Config.ForgetMeNowTimeout),
            ApItems.ThrottleKind => ApItems.Throttle(t0, key, this, TimeSpan.FromSeconds(_context.Config.ThrottleFor(key).WindowSeconds)),
            ApItems.InjectionWaitKind => ApItems.InjectionWait(t0, key, this, _context.Config.WaitForHardwareInj),
            _ => throw new NotSupportedException($"the approval processor has no '{recipe.Kind}' items"),
        };
    }

    public JsonNode? SaveState() => new JsonObject
    {
        ["events"] = JsonSerializer.SerializeToNode(_records, StateJson),
        ["throttles"] = JsonSerializer.SerializeToNode(_throttles, StateJson),
    };

    public void RestoreState(JsonNode? state)
    {
        _records.Clear();
        _throttles.Clear();
        foreach ((string key, ApEventRecord value) in state?["events"]?.Deserialize<SortedDictionary<string, ApEventRecord>>(StateJson) ?? [])
        {
            _records[key] = value;
        }

        foreach ((string key, PipelineThrottle value) in state?["throttles"]?.Deserialize<SortedDictionary<string, PipelineThrottle>>(StateJson) ?? [])
        {
            _throttles[key] = value;
        }
    }

    internal void ForgetEvent(string graceId, DateTimeOffset now)
    {
        if (_records.Remove(graceId))
        {
            _context.Log.Write(now, graceId, "forgot the event dictionary");
        }
    }

    internal void CleanUpQueue(string graceId, DateTimeOffset now)
    {
        int cleared = _queue?.ClearGraceId(graceId) ?? 0;
        _context.Log.Write(now, graceId, $"cleaned up {cleared} queue items");
    }

    internal DateTimeOffset? ManageThrottle(string key, DateTimeOffset now)
    {
        if (!_throttles.TryGetValue(key, out PipelineThrottle? throttle))
        {
            return null;
        }

        DateTimeOffset? next = throttle.Expire(now);
        if (next is null)
        {
            _throttles.Remove(key);
        }

        return next;
    }

    internal void AfterInjectionWait(string graceId, DateTimeOffset now)
    {
        if (!_records.TryGetValue(graceId, out ApEventRecord? record))
        {
            return;
        }

        record.InjectionWaitPending = false;
        if (record.State != ApStates.NewToPreliminary)
        {
            return;
        }

        // As the original after its sleep: labels applied meanwhile (INJ, EM_Throttled) are read back from GraceDb.
        foreach (LabelRecord label in _context.GraceDb.Labels(GraceId.Parse(graceId)))
        {
            record.RecordLabel(label.Name);
        }

        _machine.RunChecks(record, now);
    }

    private static readonly JsonSerializerOptions StateJson = new() { WriteIndented = false };

    private static readonly string[] ExternalPipelines = ["Swift", "Fermi", "SNEWS"];

    private static bool IsExternal(ApEventRecord record) =>
        record.GraceId.StartsWith('E') || record.Group == "External" || ExternalPipelines.Contains(record.Pipeline, StringComparer.Ordinal) || record.Search == "GRB";

    private ApEventRecord EnsureRecord(GraceId id, DateTimeOffset t0, SortedQueue queue)
    {
        string graceId = id.ToString();
        if (_records.TryGetValue(graceId, out ApEventRecord? record))
        {
            record.LastAlert = t0;
            if (!queue.ItemsFor(graceId).Any(i => i.Name == ApItems.ForgetName && !i.Complete))
            {
                queue.Insert(ApItems.Forget(t0, graceId, this, _context.Config.ForgetMeNowTimeout));
            }

            return record;
        }

        // An unknown event (first seen mid-life, e.g. after a restart without a checkpoint) is rebuilt from GraceDb, as
        // in the original; but the original restarted at new_to_preliminary even past EM_READY (B14): the labels
        // already applied set the state here.
        GraceEvent e = _context.GraceDb.Event(id);
        record = new ApEventRecord
        {
            GraceId = graceId,
            Group = e.Group,
            Pipeline = e.Pipeline,
            Search = e.Search ?? string.Empty,
            Far = e.Far,
            GpsTime = e.GpsTime,
            Instruments = e.Instruments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            Labels = e.Labels.ToList(),
            LastAlert = t0,
        };
        record.State = record.HasLabel("PE_READY") ? ApStates.Complete : record.HasLabel("EM_READY") ? ApStates.InitialToUpdate : ApStates.NewToPreliminary;
        _records[graceId] = record;
        queue.Insert(ApItems.Forget(t0, graceId, this, _context.Config.ForgetMeNowTimeout));
        _context.Comment(record, t0, "AP: Created event dictionary.");
        return record;
    }

    /// <summary>Counts a new event in its pipeline's throttle; true when it is throttled (labelled EM_Throttled).</summary>
    private bool AddToThrottle(ApEventRecord record, DateTimeOffset t0, SortedQueue queue)
    {
        string key = PipelineThrottle.KeyFor(record.Group, record.Pipeline, record.Search);
        if (!_throttles.TryGetValue(key, out PipelineThrottle? throttle))
        {
            ThrottleSettings settings = _context.Config.ThrottleFor(key);
            throttle = new PipelineThrottle { Key = key, Settings = settings, GrouperWindow = _context.Config.GrouperWindow };
            _throttles[key] = throttle;
            queue.Insert(ApItems.Throttle(t0, key, this, TimeSpan.FromSeconds(settings.WindowSeconds)));
        }

        IReadOnlyList<string> toLabel = throttle.Add(new ThrottledEvent(record.GraceId, record.GpsTime ?? 0, t0));
        foreach (string graceId in toLabel)
        {
            try
            {
                _context.GraceDb.AddLabel(GraceId.Parse(graceId), "EM_Throttled");
            }
            catch (GraceDbException e)
            {
                // As the original: a labelling failure does not stop the throttle.
                _context.Log.Write(t0, graceId, $"could not label EM_Throttled: {e.Message}");
            }
        }

        return throttle.IsThrottled;
    }

    private void CheckState(ApEventRecord record, DateTimeOffset t0, SortedQueue queue)
    {
        if (record.State == ApStates.NewToPreliminary)
        {
            StartInjectionWait(record, t0, queue);
        }
        else
        {
            _machine.RunChecks(record, t0);
        }
    }

    private void StartInjectionWait(ApEventRecord record, DateTimeOffset t0, SortedQueue queue)
    {
        if (!record.InjectionWaitPending)
        {
            record.InjectionWaitPending = true;
            queue.Insert(ApItems.InjectionWait(t0, record.GraceId, this, _context.Config.WaitForHardwareInj));
        }
    }

    private static void RecordUpdate(ApEventRecord record, string description, JsonObject? entry)
    {
        string file = (entry?["filename"] as JsonValue)?.ToString() ?? string.Empty;
        bool lvem = entry?["tag_names"] is JsonArray tags && tags.Any(t => t?.ToString() == "lvem");
        if ((file.EndsWith(".fits", StringComparison.Ordinal) || file.EndsWith(".fits.gz", StringComparison.Ordinal)) && lvem)
        {
            if (!record.LvemSkymaps.Contains(file, StringComparer.Ordinal))
            {
                record.LvemSkymaps.Add(file);
            }

            return;
        }

        Match idq = IdqComment().Match(description);
        if (idq.Success && double.TryParse(idq.Groups["fap"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double fap))
        {
            record.IdqValues[$"{idq.Groups["pipeline"].Value}.{idq.Groups["ifo"].Value}"] = fap;
        }
    }

    private static void RecordSignoff(ApEventRecord record, JsonObject? signoff)
    {
        if (signoff is null)
        {
            throw new InvalidDataException($"signoff alert for {record.GraceId} has no sign-off object");
        }

        string type = (signoff["signoff_type"] as JsonValue)?.ToString() ?? throw new InvalidDataException($"signoff alert for {record.GraceId} has no signoff_type");
        string status = (signoff["status"] as JsonValue)?.ToString() ?? throw new InvalidDataException($"signoff alert for {record.GraceId} has no status");
        if (type == "OP")
        {
            record.OperatorSignoffs[(signoff["instrument"] as JsonValue)?.ToString() ?? string.Empty] = status;
        }
        else
        {
            record.AdvocateSignoffs.Add(status);
        }
    }

    /// <summary>Both dialects as the legacy shape: (type, object, description); types the processor ignores become "ignore".</summary>
    private static (string Type, JsonObject? Payload, string Description) Normalise(JsonObject alert, string alertType)
    {
        string Text(JsonNode? node) => (node as JsonValue)?.ToString() ?? string.Empty;
        var data = alert["data"] as JsonObject;
        return alertType switch
        {
            "new" => ("new", alert["object"] as JsonObject, string.Empty),
            "update" => ("update", alert["object"] as JsonObject, Text(alert["description"])),
            "log" => ("update", data, Text(data?["comment"])),
            "label" => ("label", null, Text(alert["description"])),
            "label_added" => ("label", null, Text(data?["name"])),
            "signoff" => ("signoff", alert["object"] as JsonObject, string.Empty),
            "signoff_created" => ("signoff", data, string.Empty),
            _ => ("ignore", null, string.Empty),
        };
    }

    [GeneratedRegex(@"^minimum glitch-FAP for (?<pipeline>\S+) at (?<ifo>\S+) .*\bis (?<fap>\S+?)\.?$")]
    private static partial Regex IdqComment();
}
