namespace LvalertTest.Reports.Gate;

/// <summary>
/// How far a run may move from its baseline before the gate calls it a regression. Latency percentiles may grow by
/// <see cref="LatencyRelative"/> of the baseline's; throughput (time compression, wall-time based and so noisy on
/// shared machines) may fall to <see cref="ThroughputFloor"/> of the baseline's.
/// </summary>
public sealed record GateTolerances(double LatencyRelative = 0.10, double ThroughputFloor = 0.25);
