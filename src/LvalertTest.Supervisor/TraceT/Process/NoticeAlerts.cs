using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.TraceT.Process;

/// <summary>
/// The envelope that carries a raw GCN notice on the alert bus, so notices reach TraceT the way GraceDb alerts reach
/// the supervisor: <c>{"uid": "gcn", "alert_type": "gcn_notice", "object": {"topic": ..., "packet": ...}}</c> on node
/// <c>gcn_notices</c>. The topic is the GCN Kafka topic it came from (gcn.classic.voevent.FERMI_GBM_FLT_POS,
/// igwn.gwalert); the packet is the notice's text, VOEvent XML or igwn JSON, unchanged.
/// </summary>
public static class NoticeAlerts
{
    public const string Node = "gcn_notices";
    public const string Uid = "gcn";
    public const string AlertType = "gcn_notice";

    public static JsonObject Create(string topic, string packet)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentNullException.ThrowIfNull(packet);
        return new JsonObject
        {
            ["uid"] = Uid,
            ["alert_type"] = AlertType,
            ["object"] = new JsonObject { ["topic"] = topic, ["packet"] = packet },
        };
    }

    public static bool Is(JsonObject alert) => (alert?["alert_type"] as JsonValue)?.ToString() == AlertType;
}
