using LvalertTest.Core.Alerts;
using LvalertTest.Reports.Soak;

namespace LvalertTest.Scenarios.Running;

/// <summary>Counts GraceDb's alerts into the run's hourly metrics, at the virtual time each is published.</summary>
internal sealed class MeteredAlerts(TimeProvider clock, HourlyMeter meter) : IAlertPublisher
{
    public void Publish(Alert alert) => meter.Alert(clock.GetUtcNow());
}
