using ScottPlot;

namespace LvalertTest.Reports.Soak;

/// <summary>The soak's PNG plots: queue depth over time, alert rate, check-latency histogram, e-mails per day.</summary>
public static class SoakPlots
{
    private const int Width = 800;
    private const int Height = 400;

    /// <summary>Writes the four plots into <paramref name="directory"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<HourMetrics> hours, LatencyHistogram latencies)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(latencies);
        Directory.CreateDirectory(directory);
        double[] days = hours.Select((_, i) => i / 24.0).ToArray();
        return
        [
            Save(directory, "queue-depth.png", Line(days, hours.Select(h => (double)h.QueueDepth).ToArray(), "Supervisor queue depth at the end of each hour", "simulated days", "items queued")),
            Save(directory, "alert-rate.png", Line(days, hours.Select(h => (double)h.Alerts).ToArray(), "Alerts published per simulated hour", "simulated days", "alerts / hour")),
            Save(directory, "check-latency.png", Histogram(latencies)),
            Save(directory, "emails-per-day.png", EmailsPerDay(hours)),
        ];
    }

    private static Plot Line(double[] xs, double[] ys, string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        if (xs.Length > 0)
        {
            plot.Add.ScatterLine(xs, ys);
        }

        Label(plot, title, xLabel, yLabel);
        return plot;
    }

    // Bars on a log10 axis of seconds: latencies span milliseconds (early completion) to days (late follow-ups).
    private static Plot Histogram(LatencyHistogram latencies)
    {
        var plot = new Plot();
        foreach ((double lower, double upper, long count) in latencies.Buckets())
        {
            double left = Math.Log10(Math.Max(lower, LatencyHistogram.Floor / 2));
            double right = Math.Log10(upper);
            plot.Add.Bar(new Bar { Position = (left + right) / 2, Size = right - left, Value = count });
        }

        Label(plot, $"Check latency ({latencies.Count} checks)", "log10(latency / s)", "checks");
        return plot;
    }

    private static Plot EmailsPerDay(IReadOnlyList<HourMetrics> hours)
    {
        var plot = new Plot();
        var perDay = hours.Select((h, i) => (Day: i / 24, h.Emails)).GroupBy(x => x.Day).Select(g => new Bar { Position = g.Key, Value = g.Sum(x => x.Emails) }).ToList();
        if (perDay.Count > 0)
        {
            plot.Add.Bars(perDay);
        }

        Label(plot, "E-mails sent per simulated day", "simulated day", "e-mails");
        return plot;
    }

    private static void Label(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
    }

    private static string Save(string directory, string name, Plot plot)
    {
        string path = Path.Combine(directory, name);
        plot.SavePng(path, Width, Height);
        return path;
    }
}
