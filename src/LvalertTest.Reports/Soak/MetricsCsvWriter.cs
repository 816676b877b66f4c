using System.Globalization;
using CsvHelper;
using LvalertTest.Reports.Timeline;

namespace LvalertTest.Reports.Soak;

/// <summary>Streams metrics.csv: one row per simulated hour, written as the hour closes.</summary>
public sealed class MetricsCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;

    public MetricsCsvWriter(TextWriter writer)
    {
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };
        _csv = CsvWriter.Create(writer, options, leaveOpen: false);
        _csv.WriteRecord(["hour", "events", "alerts", "gracedb_writes", "queue_depth", "emails", "checks", "latency_p50_s", "latency_p95_s", "latency_p99_s", "wall_s"]);
    }

    public void Write(HourMetrics hour)
    {
        ArgumentNullException.ThrowIfNull(hour);
        _csv.WriteRecord(
        [
            TimelineCsvWriter.FormatTime(hour.Hour),
            Number(hour.Events),
            Number(hour.Alerts),
            Number(hour.Writes),
            Number(hour.QueueDepth),
            Number(hour.Emails),
            Number(hour.Checks),
            Seconds(hour.LatencyP50),
            Seconds(hour.LatencyP95),
            Seconds(hour.LatencyP99),
            hour.WallSeconds.ToString("0.###", CultureInfo.InvariantCulture),
        ]);
    }

    public void Dispose() => _csv.Dispose();

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // An hour without a finished check has no latency: an empty cell, not a zero.
    private static string Seconds(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : string.Empty;
}
