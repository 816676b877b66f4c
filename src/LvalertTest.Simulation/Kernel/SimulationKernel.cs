using System.Globalization;
using LvalertTest.Simulation.Time;

namespace LvalertTest.Simulation.Kernel;

/// <summary>
/// The discrete-event kernel: one priority queue of due work keyed by (time, priority, sequence) and the
/// virtual clock that reads its time. Everything in a simulation (GraceDb actions, alert deliveries, timers of
/// the supervisor) goes through this one queue, so the whole run has one total order.
/// </summary>
/// <remarks>
/// Single-threaded by contract: drive it from one thread. Entries are structs in the queue's own arrays;
/// scheduling allocates nothing per entry once the queue has grown.
/// </remarks>
public sealed partial class SimulationKernel
{
    private readonly PriorityQueue<DueEntry, DueKey> _queue;
    private long _nowTicks;
    private long _nextSequence;

    public SimulationKernel(DateTimeOffset start, int initialCapacity = 64)
    {
        _nowTicks = start.UtcTicks;
        _queue = new PriorityQueue<DueEntry, DueKey>(initialCapacity);
        Clock = new VirtualClock(this);
    }

    /// <summary>The <see cref="TimeProvider"/> face of this kernel, to hand to code under test.</summary>
    public VirtualClock Clock { get; }

    public DateTimeOffset Now => new(_nowTicks, TimeSpan.Zero);

    internal long NowTicks => _nowTicks;

    /// <summary>Entries waiting in the queue (cancelled timers included until they come due).</summary>
    public int PendingCount => _queue.Count;

    /// <summary>Entries run since the kernel was made.</summary>
    public long ExecutedCount { get; private set; }

    /// <summary>True while the kernel is running work; Run* and Advance* calls from inside work are refused.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Schedules <paramref name="work"/> at <paramref name="at"/>. Times before now are refused.</summary>
    public DueKey Enqueue(DateTimeOffset at, IDueWork work, long argument = 0, int priority = WorkPriority.Default)
    {
        ArgumentNullException.ThrowIfNull(work);
        long ticks = at.UtcTicks;
        if (ticks < _nowTicks)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at),
                $"cannot schedule work at {Format(ticks)}: it is before the current virtual time {Format(_nowTicks)}");
        }

        // DueKey checks the priority's range and that the sequence still fits its 47 bits.
        var key = new DueKey(ticks, priority, _nextSequence++);
        _queue.Enqueue(new DueEntry(work, argument), key);
        return key;
    }

    /// <summary>
    /// Reserves <paramref name="count"/> consecutive sequence numbers for entries that will be queued later, each
    /// before it can come due (a schedule queues its next action when the previous one runs). Their keys, and so
    /// the run's order, are then exactly what queueing them all at once would have given.
    /// </summary>
    internal long ReserveSequences(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        long first = _nextSequence;
        _nextSequence += count;
        return first;
    }

    /// <summary>Queues an entry under a sequence number from <see cref="ReserveSequences"/>.</summary>
    internal void EnqueueReserved(long ticks, IDueWork work, long argument, int priority, long sequence)
    {
        if (ticks < _nowTicks)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ticks),
                $"cannot schedule work at {Format(ticks)}: it is before the current virtual time {Format(_nowTicks)}");
        }

        _queue.Enqueue(new DueEntry(work, argument), new DueKey(ticks, priority, sequence));
    }

    /// <summary>Schedules <paramref name="work"/> after <paramref name="delay"/> (zero or more) from now.</summary>
    public DueKey EnqueueAfter(TimeSpan delay, IDueWork work, long argument = 0, int priority = WorkPriority.Default)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), $"delay {delay} is negative (virtual time {Format(_nowTicks)})");
        }

        return Enqueue(new DateTimeOffset(checked(_nowTicks + delay.Ticks), TimeSpan.Zero), work, argument, priority);
    }

    internal static string Format(long ticks) =>
        new DateTimeOffset(ticks, TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private readonly record struct DueEntry(IDueWork Work, long Argument);
}
