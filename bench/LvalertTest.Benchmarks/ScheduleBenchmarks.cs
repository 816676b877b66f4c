using BenchmarkDotNet.Attributes;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Benchmarks;

/// <summary>
/// The kernel on the simulation's own workload: 20 000 event schedules of 50 actions each (the original gstlal
/// event has 55, spread over about two minutes), arriving over a week, submitted through <see cref="ScheduleDriver"/>
/// and run to the end. One million actions per invocation.
/// </summary>
[MemoryDiagnoser]
public class KernelEventSchedules
{
    private const int Events = 20_000;
    private const int ActionsPerEvent = 50;
    private static readonly DateTimeOffset Start = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private readonly CountingSink _sink = new();
    private Schedule[] _schedules = [];
    private DateTimeOffset[] _arrivals = [];

    [GlobalSetup]
    public void BuildSchedules()
    {
        RandomStream stream = new RandomStreams(42).Stream("bench-schedules");
        _schedules = new Schedule[Events];
        _arrivals = new DateTimeOffset[Events];
        for (int e = 0; e < Events; e++)
        {
            var handle = new EventHandle($"e{e}");
            _schedules[e] = Schedule.From(Enumerable.Range(0, ActionsPerEvent)
                .Select(i => SimAction.At(Math.Round(stream.NormalClippedAtZero(2.3 * i, 1), 3), new WriteLog(handle, "x"))));
            _arrivals[e] = Start + TimeSpan.FromSeconds(Math.Floor(stream.Uniform(0, 604_800)));
        }
    }

    [Benchmark(OperationsPerInvoke = Events * ActionsPerEvent)]
    public long SubmitAndRunAll()
    {
        var kernel = new SimulationKernel(Start, Events);
        for (int e = 0; e < Events; e++)
        {
            ScheduleDriver.Submit(kernel, _schedules[e], _arrivals[e], _sink);
        }

        return kernel.RunUntilIdle().Executed;
    }

    private sealed class CountingSink : IActionSink
    {
        public long Count { get; private set; }

        public void Execute(SimAction action, DateTimeOffset now) => Count++;
    }
}
