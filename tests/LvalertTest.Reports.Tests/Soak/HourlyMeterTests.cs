using LvalertTest.Reports.Soak;

namespace LvalertTest.Reports.Tests.Soak;

public class HourlyMeterTests
{
    private static readonly DateTimeOffset Start = new(2023, 5, 24, 15, 0, 0, TimeSpan.Zero);

    private List<HourMetrics> _hours = null!;
    private long _queueDepth;
    private HourlyMeter _meter = null!;

    [SetUp]
    public void MakeMeter()
    {
        _hours = [];
        _queueDepth = 0;
        _meter = new HourlyMeter(Start, () => _queueDepth, () => 1.5);
        _meter.HourClosed += _hours.Add;
    }

    [Test]
    public void Hours_CloseWhenLaterActivityCrossesThem_IncludingQuietOnes()
    {
        _meter.Event(Start.AddMinutes(1));
        _meter.Alert(Start.AddMinutes(2));
        _meter.Alert(Start.AddMinutes(3));
        _meter.Write(Start.AddMinutes(59));
        _queueDepth = 7;
        _meter.Email(Start.AddHours(2).AddMinutes(5));
        _meter.Finish(Start.AddHours(2).AddMinutes(30));

        Assert.That(_hours.Select(h => h.Hour), Is.EqualTo(new[] { Start, Start.AddHours(1), Start.AddHours(2) }));
        Assert.That(_hours[0], Is.EqualTo(new HourMetrics(Start, 1, 2, 1, 7, 0, 0, null, null, null, 1.5)));
        Assert.That(_hours[1].Alerts + _hours[1].Emails + _hours[1].Events, Is.Zero);
        Assert.That(_hours[2].Emails, Is.EqualTo(1));
        Assert.That(_meter.HoursClosed, Is.EqualTo(3));
    }

    [Test]
    public void Checks_GivePerHourNearestRankPercentiles_AndFeedTheRunHistogram()
    {
        for (int i = 1; i <= 100; i++)
        {
            _meter.Check(Start.AddSeconds(i), TimeSpan.FromSeconds(i));
        }

        _meter.Check(Start.AddSeconds(200), null);
        _meter.Check(Start.AddHours(1.5), TimeSpan.FromSeconds(1000));
        _meter.Finish(Start.AddHours(1.5));

        Assert.That((_hours[0].Checks, _hours[0].LatencyP50, _hours[0].LatencyP95, _hours[0].LatencyP99), Is.EqualTo((100L, (double?)50, (double?)95, (double?)99)));
        Assert.That(_hours[1].LatencyP99, Is.EqualTo(1000));
        Assert.That(_meter.Latencies.Count, Is.EqualTo(101));
    }
}
