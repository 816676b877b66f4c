using LvalertTest.Reports.Soak;

namespace LvalertTest.Reports.Tests.Soak;

public class MetricsCsvWriterTests
{
    [Test]
    public void Write_OneRowPerHour_EmptyCellsForHoursWithoutChecks()
    {
        var text = new StringWriter();
        using (var writer = new MetricsCsvWriter(text))
        {
            var hour = new DateTimeOffset(2023, 5, 24, 15, 0, 0, TimeSpan.Zero);
            writer.Write(new HourMetrics(hour, 42, 8000, 4000, 3, 5, 100, 50.5, 300, 600.25, 2.0004));
            writer.Write(new HourMetrics(hour.AddHours(1), 0, 0, 0, 0, 0, 0, null, null, null, 2.5));
        }

        Assert.That(text.ToString().Split('\n'), Is.EqualTo(new[]
        {
            "hour,events,alerts,gracedb_writes,queue_depth,emails,checks,latency_p50_s,latency_p95_s,latency_p99_s,wall_s",
            "2023-05-24T15:00:00.0000000Z,42,8000,4000,3,5,100,50.5,300,600.25,2",
            "2023-05-24T16:00:00.0000000Z,0,0,0,0,0,0,,,,2.5",
            string.Empty,
        }));
    }
}
