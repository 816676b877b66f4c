namespace LvalertTest.Simulation.Kernel;

/// <summary>
/// The total order of due work: virtual time first, then priority (lower runs first), then the kernel's
/// insertion sequence, so equal times and priorities run in the order they were scheduled, never in heap order.
/// </summary>
public readonly record struct DueKey(long Ticks, int Priority, long Sequence) : IComparable<DueKey>
{
    public DateTimeOffset Time => new(Ticks, TimeSpan.Zero);

    public int CompareTo(DueKey other)
    {
        int byTime = Ticks.CompareTo(other.Ticks);
        if (byTime != 0)
        {
            return byTime;
        }

        int byPriority = Priority.CompareTo(other.Priority);
        return byPriority != 0 ? byPriority : Sequence.CompareTo(other.Sequence);
    }

    public override string ToString() => $"{Time:O} p{Priority} #{Sequence}";
}
