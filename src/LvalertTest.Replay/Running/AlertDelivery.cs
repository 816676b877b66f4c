using LvalertTest.Core.Alerts;
using LvalertTest.Simulation.Kernel;

namespace LvalertTest.Replay.Running;

/// <summary>
/// The alert bus of a run in virtual time: every alert GraceDb publishes is recorded with its time and delivered to
/// the listener through the kernel, after the writes due at the same instant (they run at
/// <see cref="WorkPriority.World"/>). A real listener hears of a write after it is committed, never in the middle of a
/// burst of writes made at one instant; delivering at once would let a check made at t0 miss a file uploaded at t0.
/// </summary>
public sealed class AlertDelivery(SimulationKernel kernel, TimeSpan latency = default) : IAlertPublisher, IDueWork
{
    private readonly List<(DateTimeOffset Time, Alert Alert)> _published = [];

    /// <summary>Who hears the alerts (the supervisor); null to only record them.</summary>
    public Action<Alert>? Listener { get; set; }

    /// <summary>Every alert in the order it was published, with the virtual time it was published at.</summary>
    public IReadOnlyList<(DateTimeOffset Time, Alert Alert)> Published => _published;

    public void Publish(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        _published.Add((kernel.Now, alert));
        kernel.EnqueueAfter(latency, this, _published.Count - 1);
    }

    public void RunDue(long argument) => Listener?.Invoke(_published[checked((int)argument)].Alert);
}
