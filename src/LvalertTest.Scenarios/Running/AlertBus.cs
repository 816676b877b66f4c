using LvalertTest.Core.Alerts;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// Carries alerts from GraceDb to the supervisor through the kernel, as lvalert would: each is delivered at its
/// publication time plus a drawn delay, and may be dropped, duplicated or held back so later ones overtake it.
/// Every alert makes the same draws whatever happens to it, so one fault's probability never shifts the others'.
/// </summary>
internal sealed class AlertBus(SimulationKernel kernel, AlertFaults faults, RandomStream stream, Action<Alert> deliver) : IAlertPublisher, IDueWork
{
    // Alerts on their way, by the kernel entry's argument; delivered (and forgotten) in due order.
    private readonly Dictionary<long, Alert> _inFlight = [];
    private long _next;

    public long Dropped { get; private set; }

    public long Duplicated { get; private set; }

    public long Reordered { get; private set; }

    public void Publish(Alert alert)
    {
        bool drop = stream.Bernoulli(faults.Drop);
        bool duplicate = stream.Bernoulli(faults.Duplicate);
        bool reorder = stream.Bernoulli(faults.Reorder);
        double delaySeconds = stream.NormalClippedAtZero(faults.DelayMean.TotalSeconds, faults.DelayJitter.TotalSeconds);
        if (drop)
        {
            Dropped++;
            return;
        }

        TimeSpan delay = TimeSpan.FromSeconds(delaySeconds) + (reorder ? faults.ReorderDelay : TimeSpan.Zero);
        Reordered += reorder ? 1 : 0;
        Send(alert, delay);
        if (duplicate)
        {
            Duplicated++;
            Send(alert, delay);
        }
    }

    public void RunDue(long argument)
    {
        if (_inFlight.Remove(argument, out Alert? alert))
        {
            deliver(alert);
        }
    }

    private void Send(Alert alert, TimeSpan delay)
    {
        long id = _next++;
        _inFlight.Add(id, alert);
        kernel.EnqueueAfter(delay, this, id);
    }
}
