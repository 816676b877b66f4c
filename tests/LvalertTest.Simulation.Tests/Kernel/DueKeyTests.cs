using LvalertTest.Simulation.Kernel;

namespace LvalertTest.Simulation.Tests.Kernel;

public class DueKeyTests
{
    [Test]
    public void Components_RoundTripAcrossTheWholeRange()
    {
        foreach (int priority in new[] { DueKey.MinPriority, -100, -1, 0, 1, 100, DueKey.MaxPriority })
        {
            foreach (long sequence in new[] { 0L, 1L, 123_456_789L, DueKey.MaxSequence })
            {
                var key = new DueKey(42, priority, sequence);
                Assert.That((key.Ticks, key.Priority, key.Sequence), Is.EqualTo((42L, priority, sequence)));
            }
        }
    }

    [Test]
    public void CompareTo_TimeThenPriorityThenSequence()
    {
        DueKey[] ascending =
        [
            new(1, DueKey.MaxPriority, DueKey.MaxSequence),
            new(2, DueKey.MinPriority, DueKey.MaxSequence),
            new(2, -1, 0),
            new(2, 0, 0),
            new(2, 0, 1),
            new(2, DueKey.MaxPriority, 0),
            new(3, DueKey.MinPriority, 0),
        ];

        Assert.That(ascending.Reverse().Order(), Is.EqualTo(ascending));
    }

    [Test]
    public void Constructor_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DueKey(0, DueKey.MaxPriority + 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DueKey(0, 0, DueKey.MaxSequence + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DueKey(0, 0, -1));
    }
}
