using System.Text.Json;
using LvalertTest.Core.Alerts;
using LvalertTest.Reports.Timeline;

namespace LvalertTest.Scenarios.Running;

/// <summary>Streams every alert GraceDb publishes to alerts.jsonl and into the run digest, stamped with virtual time.</summary>
internal sealed class AlertRecorder(TimeProvider clock, Action<TimelineRow> digest, TextWriter? output) : IAlertPublisher
{
    public long Count { get; private set; }

    public void Publish(Alert alert)
    {
        Count++;
        DateTimeOffset now = clock.GetUtcNow();
        digest(new TimelineRow(now, alert.Node, "alert", alert.Json));
        output?.Write($"{{\"time\":{JsonSerializer.Serialize(TimelineCsvWriter.FormatTime(now))},\"node\":{JsonSerializer.Serialize(alert.Node)},\"alert\":{alert.Json}}}\n");
    }
}
