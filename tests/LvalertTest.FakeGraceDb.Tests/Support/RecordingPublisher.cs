using LvalertTest.Core.Alerts;

namespace LvalertTest.FakeGraceDb.Tests.Support;

internal sealed class RecordingPublisher : IAlertPublisher
{
    public List<Alert> Alerts { get; } = [];

    public void Publish(Alert alert) => Alerts.Add(alert);
}
