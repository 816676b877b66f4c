namespace LvalertTest.Simulation.Kernel;

/// <summary>
/// The total order of due work: virtual time first, then priority (lower runs first), then the kernel's
/// insertion sequence, so equal times and priorities run in the order they were scheduled, never in heap order.
/// </summary>
/// <remarks>
/// Priority and sequence share one non-negative 64-bit word (16 bits of priority above 47 bits of sequence), so a key is two
/// longs and compares in two steps: the heap moves less memory and the hot comparison stays short.
/// </remarks>
public readonly struct DueKey : IComparable<DueKey>, IEquatable<DueKey>
{
    public const int MinPriority = short.MinValue;
    public const int MaxPriority = short.MaxValue;
    public const long MaxSequence = (1L << SequenceBits) - 1;
    private const int SequenceBits = 47;

    private readonly long _order;

    public DueKey(long ticks, int priority, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(priority, MinPriority);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(priority, MaxPriority);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        Ticks = ticks;
        _order = ((long)(priority - MinPriority) << SequenceBits) | sequence;
    }

    public long Ticks { get; }

    public int Priority => (int)(_order >>> SequenceBits) + MinPriority;

    public long Sequence => _order & MaxSequence;

    public DateTimeOffset Time => new(Ticks, TimeSpan.Zero);

    public int CompareTo(DueKey other)
    {
        int byTime = Ticks.CompareTo(other.Ticks);
        return byTime != 0 ? byTime : _order.CompareTo(other._order);
    }

    public bool Equals(DueKey other) => Ticks == other.Ticks && _order == other._order;

    public override bool Equals(object? obj) => obj is DueKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Ticks, _order);

    public static bool operator ==(DueKey left, DueKey right) => left.Equals(right);

    public static bool operator !=(DueKey left, DueKey right) => !left.Equals(right);

    public static bool operator <(DueKey left, DueKey right) => left.CompareTo(right) < 0;

    public static bool operator >(DueKey left, DueKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(DueKey left, DueKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(DueKey left, DueKey right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{SimulationKernel.Format(Ticks)} p{Priority} #{Sequence}";
}
