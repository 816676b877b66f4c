using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Store;

namespace LvalertTest.FakeGraceDb;

public sealed partial class FileSystemGraceDb
{
    /// <summary>
    /// Journals an envelope once per node of the event (under the lock, so journal order is commit order) and
    /// returns the alerts to publish once the lock is released: subscribers may call back into the store.
    /// </summary>
    private List<Alert> Journal(GraceEvent e, JsonObject envelope)
    {
        string json = envelope.ToJsonString();
        string uid = (string?)envelope["uid"] ?? e.GraceId.ToString();
        string alertType = (string?)envelope["alert_type"] ?? string.Empty;
        var alerts = new List<Alert>();
        var lines = new List<string>();
        string time = JsonSerializer.Serialize(GraceDbTime.Format(Now));
        foreach (string node in NodesOf(e))
        {
            // Written as text around the envelope's JSON: no second copy of the envelope's tree per node.
            lines.Add($"{{\"time\":{time},\"node\":{JsonSerializer.Serialize(node)},\"alert\":{json}}}");
            alerts.Add(new Alert(node, uid, alertType, json));
        }

        _journal.Append(lines);
        _lock.RecordWrite();
        return alerts;
    }

    // Node names per (group, pipeline, search): a handful per store, so they are made once, not per alert.
    private readonly Dictionary<(string, string, string?), IReadOnlyList<string>> _nodes = [];

    private IReadOnlyList<string> NodesOf(GraceEvent e)
    {
        var key = (e.Group, e.Pipeline, e.Search);
        if (!_nodes.TryGetValue(key, out IReadOnlyList<string>? nodes))
        {
            nodes = AlertNodes.For(e.Group, e.Pipeline, e.Search);
            _nodes.Add(key, nodes);
        }

        return nodes;
    }

    private void Publish(IEnumerable<Alert> alerts)
    {
        foreach (Alert alert in alerts)
        {
            foreach (IAlertPublisher publisher in _publishers)
            {
                publisher.Publish(alert);
            }
        }
    }

    /// <summary>Every alert this store has journalled, oldest first (a torn last line is skipped with a warning).</summary>
    public IReadOnlyList<(DateTimeOffset Time, Alert Alert)> AlertJournal()
    {
        using (Enter())
        {
            _journal.Flush();
        }

        return JsonLines.Read(_fs, _layout.AlertJournal, Warn)
            .Select(line =>
            {
                var envelope = (JsonObject)line["alert"]!;
                return (GraceDbTime.Parse((string)line["time"]!), new Alert((string)line["node"]!, (string?)envelope["uid"] ?? string.Empty, (string?)envelope["alert_type"] ?? string.Empty, envelope.ToJsonString()));
            })
            .ToList();
    }
}
