using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// GraceDb latency in virtual time: each action reaches GraceDb a drawn delay after it was due (uniform in
/// mean ± jitter, clipped at zero), so its <c>created</c> time and its alerts come that much later. The kernel runs
/// the delayed call; nothing blocks.
/// </summary>
internal sealed class LatencySink(SimulationKernel kernel, IActionSink inner, TimeSpan mean, TimeSpan jitter, RandomStream stream) : IActionSink, IDueWork
{
    private readonly Dictionary<long, SimAction> _inFlight = [];
    private long _next;

    public void Execute(SimAction action, DateTimeOffset now)
    {
        double seconds = Math.Max(0, stream.Uniform(mean.TotalSeconds - jitter.TotalSeconds, mean.TotalSeconds + jitter.TotalSeconds));
        long id = _next++;
        _inFlight.Add(id, action);
        kernel.EnqueueAfter(TimeSpan.FromSeconds(seconds), this, id, WorkPriority.World);
    }

    public void RunDue(long argument)
    {
        _inFlight.Remove(argument, out SimAction? action);
        inner.Execute(action!, kernel.Now);
    }
}
