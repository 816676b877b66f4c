using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Tests.Randomness;

public class Xoshiro256StarStarTests
{
    [Test]
    public void NextUInt64_FromState1234_MatchesTheReferenceSequence()
    {
        // The reference implementation's output for the state {1, 2, 3, 4}.
        var generator = new Xoshiro256StarStar(1, 2, 3, 4);
        ulong[] expected = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600];

        ulong[] actual = Enumerable.Range(0, expected.Length).Select(_ => generator.NextUInt64()).ToArray();

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void AllZeroState_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => _ = new Xoshiro256StarStar(0, 0, 0, 0));
    }

    [Test]
    public void BoundedDraws_StayInRange()
    {
        var generator = new Xoshiro256StarStar(99UL);
        for (int i = 0; i < 10_000; i++)
        {
            Assert.That(generator.Next(7), Is.InRange(0, 6));
            Assert.That(generator.Next(-3, 3), Is.InRange(-3, 2));
            Assert.That(generator.NextInt64(long.MinValue, long.MaxValue), Is.LessThan(long.MaxValue));
            Assert.That(generator.NextDouble(), Is.GreaterThanOrEqualTo(0).And.LessThan(1));
        }
    }
}
