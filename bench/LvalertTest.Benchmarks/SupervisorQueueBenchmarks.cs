using BenchmarkDotNet.Attributes;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Benchmarks;

/// <summary>
/// The supervisor's queue at 10³, 10⁵ and 10⁶ items (issue target: logarithmic growth of cost per operation).
/// One operation: the earliest item comes due, runs, re-arms itself a random interval later and goes back in
/// (the hold model on SortedQueue.RunExpired), with half the items filed under a GraceID.
/// </summary>
public class SupervisorQueueHold
{
    private const int OperationsPerInvoke = 100_000;
    private static readonly DateTimeOffset Start = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
    private SortedQueue _queue = null!;
    private DateTimeOffset _now;
    private long[] _increments = [];

    [Params(1_000, 100_000, 1_000_000)]
    public int QueueSize { get; set; }

    [GlobalSetup]
    public void FillQueue()
    {
        RandomStream stream = new RandomStreams(42).Stream("queue-hold");
        _increments = Enumerable.Range(0, 4096).Select(_ => (long)(stream.Exponential(1.0 / QueueSize) * TimeSpan.TicksPerSecond)).ToArray();
        _queue = new SortedQueue();
        for (int i = 0; i < QueueSize; i++)
        {
            var task = new ForeverTask(TimeSpan.FromTicks(_increments[i % _increments.Length]), _increments);
            _queue.Insert(new QueueItem(Start, [task], "hold", i % 2 == 0 ? $"G{i:D6}" : null));
        }

        _now = Start;
    }

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public int RunDueItems()
    {
        int ran = 0;
        while (ran < OperationsPerInvoke)
        {
            _queue.TryPeekExpiration(out DateTimeOffset next);
            _now = next;
            ran += _queue.RunExpired(_now, static (_, e) => throw e);
        }

        return ran;
    }

    /// <summary>Runs forever, each time re-arming a pseudo-random interval later.</summary>
    private sealed class ForeverTask(TimeSpan timeout, long[] increments) : SupervisorTask("hold", timeout)
    {
        private int _next;

        public override void Execute(DateTimeOffset now) => RearmAt(now.AddTicks(1 + increments[_next++ & (increments.Length - 1)]));
    }
}
