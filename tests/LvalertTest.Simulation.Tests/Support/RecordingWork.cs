using LvalertTest.Simulation.Kernel;

namespace LvalertTest.Simulation.Tests.Support;

/// <summary>Records (virtual time, argument) for every entry it runs, and optionally does more.</summary>
internal sealed class RecordingWork(SimulationKernel kernel, Action<long>? then = null) : IDueWork
{
    public List<(DateTimeOffset At, long Argument)> Runs { get; } = [];

    public IEnumerable<long> Arguments => Runs.Select(r => r.Argument);

    public void RunDue(long argument)
    {
        Runs.Add((kernel.Now, argument));
        then?.Invoke(argument);
    }
}
