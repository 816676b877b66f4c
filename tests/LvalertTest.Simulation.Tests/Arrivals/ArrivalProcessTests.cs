using LvalertTest.Simulation.Arrivals;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Tests.Arrivals;

public class ArrivalProcessTests
{
    private const long Seed = 11;
    private readonly RandomStreams _streams = new(Seed);

    [Test]
    public void Uniform_ByCount_IsEvenlySpacedFromZero()
    {
        var process = new ArrivalProcess(ArrivalKind.Uniform, ratePerSecond: 0.1, count: 4);

        Assert.That(process.Offsets(_streams.Stream("a")).Select(o => o.TotalSeconds), Is.EqualTo(new double[] { 0, 10, 20, 30 }));
    }

    [Test]
    public void Uniform_ByDuration_KeepsOnlyArrivalsBeforeTheEnd()
    {
        var process = new ArrivalProcess(ArrivalKind.Uniform, ratePerSecond: 0.1, duration: TimeSpan.FromSeconds(30));

        Assert.That(process.Offsets(_streams.Stream("a")).Select(o => o.TotalSeconds), Is.EqualTo(new double[] { 0, 10, 20 }));
    }

    [Test]
    public void Poisson_ByDuration_HasTheRateOnAverage()
    {
        var process = new ArrivalProcess(ArrivalKind.Poisson, ratePerSecond: 1.0 / 60, duration: TimeSpan.FromDays(100));

        TimeSpan[] offsets = process.Offsets(_streams.Stream("a")).ToArray();

        // 100 days at one per minute: 144 000 expected, sd ~380.
        Assert.That(offsets, Has.Length.InRange(142_500, 145_500), $"seed={Seed}");
        Assert.That(offsets, Is.Ordered);
        Assert.That(offsets[^1], Is.LessThan(TimeSpan.FromDays(100)));
    }

    [Test]
    public void Poisson_SameStream_SameArrivals()
    {
        var process = new ArrivalProcess(ArrivalKind.Poisson, ratePerSecond: 0.01, count: 50);

        Assert.That(process.Offsets(_streams.Stream("a")), Is.EqualTo(process.Offsets(_streams.Stream("a"))));
    }

    [Test]
    public void Constructor_CountAndDurationTogether_Throws()
    {
        Assert.Throws<ArgumentException>(() => _ = new ArrivalProcess(ArrivalKind.Poisson, 1, 3, TimeSpan.FromHours(1)));
        Assert.Throws<ArgumentException>(() => _ = new ArrivalProcess(ArrivalKind.Poisson, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ArrivalProcess(ArrivalKind.Poisson, 0, 3));
    }
}
