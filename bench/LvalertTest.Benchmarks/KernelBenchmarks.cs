using BenchmarkDotNet.Attributes;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Benchmarks;

/// <summary>
/// The kernel alone, worst case: one million independent timed actions all pending at once, then run.
/// Times are drawn up front so the benchmark measures the queue, not the random numbers.
/// </summary>
[MemoryDiagnoser]
public class KernelScheduleAndDequeue
{
    private const int Actions = 1_000_000;
    private static readonly DateTimeOffset Start = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private readonly NoOpWork _work = new();
    private TimeSpan[] _offsets = [];

    [GlobalSetup]
    public void DrawTimes()
    {
        RandomStream stream = new RandomStreams(42).Stream("bench");
        // A week of simulated time, many ties at whole seconds as with real schedules.
        _offsets = Enumerable.Range(0, Actions).Select(_ => TimeSpan.FromSeconds(Math.Floor(stream.Uniform(0, 604_800)))).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Actions)]
    public long ScheduleThenRunAll()
    {
        var kernel = new SimulationKernel(Start, Actions);
        foreach (TimeSpan offset in _offsets)
        {
            kernel.Enqueue(Start + offset, _work);
        }

        return kernel.RunUntilIdle().Executed;
    }

    private sealed class NoOpWork : IDueWork
    {
        public void RunDue(long argument)
        {
        }
    }
}

/// <summary>
/// The classic hold model: a queue of a fixed size where every dequeued entry re-enqueues itself at
/// now + an exponential increment. Measures steady-state cost per action at 10^3, 10^5 and 10^6 pending entries.
/// </summary>
public class KernelHoldModel
{
    private const int HoldsPerInvoke = 1_000_000;
    private static readonly DateTimeOffset Start = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private SimulationKernel _kernel = null!;
    private HoldWork _work = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int QueueSize { get; set; }

    [GlobalSetup]
    public void FillQueue()
    {
        RandomStream stream = new RandomStreams(42).Stream("hold");
        // 4096 precomputed exponential increments (mean 1 s), cycled.
        long[] increments = Enumerable.Range(0, 4096).Select(_ => (long)(stream.Exponential(1.0) * TimeSpan.TicksPerSecond)).ToArray();
        _kernel = new SimulationKernel(Start, QueueSize);
        _work = new HoldWork(_kernel, increments);
        for (int i = 0; i < QueueSize; i++)
        {
            _kernel.Enqueue(Start + TimeSpan.FromTicks(increments[i % increments.Length] * (1 + (i % 7))), _work);
        }
    }

    [Benchmark(OperationsPerInvoke = HoldsPerInvoke)]
    public long Hold()
    {
        _work.Remaining = HoldsPerInvoke;
        return _kernel.RunUntilIdle().Executed;
    }

    private sealed class HoldWork(SimulationKernel kernel, long[] increments) : IDueWork
    {
        private int _next;

        public int Remaining { get; set; }

        public void RunDue(long argument)
        {
            kernel.Enqueue(kernel.Now.AddTicks(increments[_next++ & (increments.Length - 1)]), this);
            if (--Remaining == 0)
            {
                kernel.RequestStop();
            }
        }
    }
}
