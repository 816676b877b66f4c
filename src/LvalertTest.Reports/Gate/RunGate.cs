using System.Globalization;
using LvalertTest.Reports.Summary;

namespace LvalertTest.Reports.Gate;

/// <summary>
/// Compares a run's summary with a baseline's: the digest and every count must be equal (same seed, same code, same
/// result); latency percentiles and throughput may move within <see cref="GateTolerances"/>.
/// </summary>
public static class RunGate
{
    public static IReadOnlyList<GateRow> Compare(RunSummary baseline, RunSummary run, GateTolerances tolerances)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(tolerances);
        var rows = new List<GateRow>
        {
            Exact("digest", baseline.Digest, run.Digest),
            Exact("events", baseline.Events, run.Events),
            Exact("actions", baseline.Actions, run.Actions),
            Exact("kernel_steps", baseline.KernelSteps, run.KernelSteps),
            Exact("alerts", baseline.Alerts, run.Alerts),
            Exact("errors", baseline.Errors, run.Errors),
            Exact("emails", baseline.Emails, run.Emails),
            Exact("checks", baseline.Checks, run.Checks),
            Exact("checks_failed", baseline.ChecksFailed, run.ChecksFailed),
            Exact("items", baseline.Items, run.Items),
            Latency("latency_p50_seconds", baseline.LatencyP50Seconds, run.LatencyP50Seconds, tolerances),
            Latency("latency_p95_seconds", baseline.LatencyP95Seconds, run.LatencyP95Seconds, tolerances),
            Latency("latency_p99_seconds", baseline.LatencyP99Seconds, run.LatencyP99Seconds, tolerances),
            Throughput(baseline.TimeCompression, run.TimeCompression, tolerances),
        };
        return rows;
    }

    private static GateRow Exact(string name, long baseline, long run) =>
        Exact(name, baseline.ToString(CultureInfo.InvariantCulture), run.ToString(CultureInfo.InvariantCulture));

    private static GateRow Exact(string name, string baseline, string run) =>
        new(name, baseline, run, string.Equals(baseline, run, StringComparison.OrdinalIgnoreCase) ? GateVerdict.Same : GateVerdict.Regressed, "equal");

    private static GateRow Latency(string name, double? baseline, double? run, GateTolerances tolerances)
    {
        string rule = string.Create(CultureInfo.InvariantCulture, $"<= baseline +{tolerances.LatencyRelative:P0}");
        if (baseline is not { } b || run is not { } r)
        {
            // Checks appearing or vanishing is already a count change; here it only shows.
            return new GateRow(name, Show(baseline), Show(run), baseline == run ? GateVerdict.Same : GateVerdict.Regressed, rule);
        }

        GateVerdict verdict = r == b ? GateVerdict.Same : r <= b * (1 + tolerances.LatencyRelative) ? GateVerdict.Moved : GateVerdict.Regressed;
        return new GateRow(name, Show(b), Show(r), verdict, rule);
    }

    private static GateRow Throughput(double? baseline, double? run, GateTolerances tolerances)
    {
        string rule = string.Create(CultureInfo.InvariantCulture, $">= baseline x{tolerances.ThroughputFloor:0.##}");
        if (baseline is not { } b)
        {
            return new GateRow("time_compression", "-", Show(run), GateVerdict.Same, "not in baseline");
        }

        if (run is not { } r)
        {
            return new GateRow("time_compression", Show(b), "-", GateVerdict.Regressed, rule);
        }

        return new GateRow("time_compression", Show(b), Show(r), r >= b * tolerances.ThroughputFloor ? GateVerdict.Moved : GateVerdict.Regressed, rule);
    }

    private static string Show(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-";
}
