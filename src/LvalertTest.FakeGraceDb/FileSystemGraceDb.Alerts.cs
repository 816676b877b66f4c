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
        foreach (string node in AlertNodes.For(e.Group, e.Pipeline, e.Search))
        {
            JsonLines.Append(_fs, _layout.AlertJournal, new JsonObject
            {
                ["time"] = GraceDbTime.Format(Now),
                ["node"] = node,
                ["alert"] = JsonNode.Parse(json),
            });
            alerts.Add(new Alert(node, uid, alertType, json));
        }

        return alerts;
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
        return JsonLines.Read(_fs, _layout.AlertJournal, Warn)
            .Select(line =>
            {
                var envelope = (JsonObject)line["alert"]!;
                return (GraceDbTime.Parse((string)line["time"]!), new Alert((string)line["node"]!, (string?)envelope["uid"] ?? string.Empty, (string?)envelope["alert_type"] ?? string.Empty, envelope.ToJsonString()));
            })
            .ToList();
    }
}
