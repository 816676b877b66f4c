using System.Globalization;
using LvalertTest.Reports.Soak;

namespace LvalertTest.Cli.Progress;

/// <summary>Running totals of a soak from its closed hours, and the one-line status both progress displays show.</summary>
internal sealed class SoakProgress(string scenario, TimeSpan duration)
{
    public long Hours { get; private set; }

    public long Events { get; private set; }

    public long Alerts { get; private set; }

    public long QueueDepth { get; private set; }

    public double WallSeconds { get; private set; }

    public DateTimeOffset SimulatedUntil { get; private set; }

    /// <summary>The simulated hours the arrivals last (the run goes on a little while the last follow-ups finish).</summary>
    public double TotalHours => duration.TotalHours;

    public void Add(HourMetrics hour)
    {
        ArgumentNullException.ThrowIfNull(hour);
        Hours++;
        Events += hour.Events;
        Alerts += hour.Alerts;
        QueueDepth = hour.QueueDepth;
        WallSeconds = hour.WallSeconds;
        SimulatedUntil = hour.Hour.AddHours(1);
    }

    /// <summary>Simulated seconds per wall second so far.</summary>
    public double Compression => WallSeconds > 0 ? Hours * 3600 / WallSeconds : 0;

    public string Status() => string.Create(
        CultureInfo.InvariantCulture,
        $"{scenario}: simulated {SimulatedUntil:yyyy-MM-dd'T'HH:mm'Z'} (day {Hours / 24.0:0.#} of {duration.TotalDays:0.#}), {Events} events, {Alerts} alerts, queue depth {QueueDepth}, compression {Compression:0}x, wall {WallSeconds:0.#} s");
}
