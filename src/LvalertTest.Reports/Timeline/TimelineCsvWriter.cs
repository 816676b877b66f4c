using System.Globalization;
using CsvHelper;

namespace LvalertTest.Reports.Timeline;

/// <summary>Streams timeline rows to CSV (time in ISO 8601 UTC with 7 decimals, then subject, kind, detail).</summary>
public sealed class TimelineCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;

    public TimelineCsvWriter(TextWriter writer)
    {
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };
        _csv = CsvWriter.Create(writer, options, leaveOpen: false);
        _csv.WriteRecord(["time", "subject", "kind", "detail"]);
    }

    public void Write(TimelineRow row) => _csv.WriteRecord([FormatTime(row.Time), row.Subject, row.Kind, row.Detail]);

    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public void Dispose() => _csv.Dispose();
}
