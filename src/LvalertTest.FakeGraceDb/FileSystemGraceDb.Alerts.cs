using System.Buffers;
using System.Text;
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
    /// The envelope is serialised once, to UTF-8; the journal lines are written around those bytes.
    /// </summary>
    private List<Alert> Journal(GraceEvent e, JsonObject envelope)
    {
        var envelopeBytes = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(envelopeBytes))
        {
            envelope.WriteTo(writer);
        }

        var lines = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(lines))
        {
            string time = GraceDbTime.Format(Now);
            foreach (JournalNode node in NodesOf(e))
            {
                writer.WriteStartObject();
                writer.WriteString(TimeProperty, time);
                writer.WriteString(NodeProperty, node.Encoded);
                writer.WritePropertyName(AlertProperty);
                writer.WriteRawValue(envelopeBytes.WrittenSpan, skipInputValidation: true);
                writer.WriteEndObject();
                writer.Flush();
                lines.Write("\n"u8);
                writer.Reset();
            }
        }

        if (_options.JournalAlerts)
        {
            _journal.Append(lines.WrittenSpan);
            _lock.RecordWrite();
        }

        var alerts = new List<Alert>(2);
        if (_publishers.Count > 0)
        {
            string json = Encoding.UTF8.GetString(envelopeBytes.WrittenSpan);
            string uid = (string?)envelope["uid"] ?? e.GraceId.ToString();
            string alertType = (string?)envelope["alert_type"] ?? string.Empty;
            foreach (JournalNode node in NodesOf(e))
            {
                alerts.Add(new Alert(node.Name, uid, alertType, json));
            }
        }

        return alerts;
    }

    /// <summary>
    /// Publishes an alert GraceDb did not make (an lvalertMP command, a test packet) to one node, through the same
    /// journal and subscribers, under the store lock so it interleaves safely with other writers.
    /// </summary>
    public Alert PublishRaw(string node, string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(node);
        JsonObject envelope;
        try
        {
            envelope = JsonNode.Parse(json) as JsonObject ?? throw new GraceDbValidationException("an alert must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new GraceDbValidationException($"an alert must be JSON: {e.Message}");
        }

        var alert = new Alert(node, (string?)(envelope["uid"] as JsonValue) ?? string.Empty, (string?)(envelope["alert_type"] as JsonValue) ?? string.Empty, envelope.ToJsonString());
        using (Enter())
        {
            var line = new ArrayBufferWriter<byte>(512);
            using (var writer = new Utf8JsonWriter(line))
            {
                writer.WriteStartObject();
                writer.WriteString(TimeProperty, GraceDbTime.Format(Now));
                writer.WriteString(NodeProperty, node);
                writer.WritePropertyName(AlertProperty);
                envelope.WriteTo(writer);
                writer.WriteEndObject();
            }

            line.Write("\n"u8);
            if (_options.JournalAlerts)
            {
                _journal.Append(line.WrittenSpan);
                _lock.RecordWrite();
            }
        }

        Publish([alert]);
        return alert;
    }

    private static readonly JsonEncodedText TimeProperty = JsonEncodedText.Encode("time");
    private static readonly JsonEncodedText NodeProperty = JsonEncodedText.Encode("node");
    private static readonly JsonEncodedText AlertProperty = JsonEncodedText.Encode("alert");

    // Node names per (group, pipeline, search): a handful per store, so they are made and encoded once.
    private readonly Dictionary<(string, string, string?), JournalNode[]> _nodes = [];

    private JournalNode[] NodesOf(GraceEvent e)
    {
        var key = (e.Group, e.Pipeline, e.Search);
        if (!_nodes.TryGetValue(key, out JournalNode[]? nodes))
        {
            nodes = AlertNodes.For(e.Group, e.Pipeline, e.Search).Select(n => new JournalNode(n, JsonEncodedText.Encode(n))).ToArray();
            _nodes.Add(key, nodes);
        }

        return nodes;
    }

    private readonly record struct JournalNode(string Name, JsonEncodedText Encoded);

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

        return JsonLines.Read(_files, _layout.AlertJournal, Warn)
            .Select(line =>
            {
                var envelope = (JsonObject)line["alert"]!;
                return (GraceDbTime.Parse((string)line["time"]!), new Alert((string)line["node"]!, (string?)envelope["uid"] ?? string.Empty, (string?)envelope["alert_type"] ?? string.Empty, envelope.ToJsonString()));
            })
            .ToList();
    }
}
