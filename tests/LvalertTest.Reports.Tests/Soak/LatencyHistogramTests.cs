using LvalertTest.Reports.Soak;

namespace LvalertTest.Reports.Tests.Soak;

public class LatencyHistogramTests
{
    private LatencyHistogram _histogram = null!;

    [SetUp]
    public void MakeHistogram() => _histogram = new LatencyHistogram();

    [Test]
    public void Percentile_Empty_IsNull() => Assert.That(_histogram.Percentile(50), Is.Null);

    [Test]
    public void Percentile_IsWithinOneBucketAboveTheExactNearestRank()
    {
        double[] sample = Enumerable.Range(1, 1000).Select(i => i * 0.37).ToArray();
        foreach (double s in sample)
        {
            _histogram.Add(s);
        }

        foreach (double p in new[] { 50.0, 95, 99 })
        {
            double exact = Percentiles.NearestRank(sample, p);
            Assert.That(_histogram.Percentile(p), Is.GreaterThanOrEqualTo(exact).And.LessThanOrEqualTo(exact * 1.021), $"p{p}");
        }
    }

    [Test]
    public void Buckets_CountEveryValueOnce_ZeroGoesToTheFirst()
    {
        _histogram.Add(0);
        _histogram.Add(10);
        _histogram.Add(10.01);
        _histogram.Add(3600);

        IReadOnlyList<(double Lower, double Upper, long Count)> buckets = _histogram.Buckets();

        Assert.That(buckets.Sum(b => b.Count), Is.EqualTo(4));
        Assert.That(buckets[0], Is.EqualTo((0.0, LatencyHistogram.Floor, 1L)));
        Assert.That(buckets.Single(b => b.Lower <= 10 && 10 < b.Upper).Count, Is.EqualTo(2));
    }
}
