namespace LvalertTest.Reports.Gate;

/// <summary>How one figure of a run compares with its baseline.</summary>
public enum GateVerdict
{
    Same,

    /// <summary>Different, but within tolerance (or better).</summary>
    Moved,

    Regressed,
}

/// <summary>One line of the gate's table: a figure, its baseline and run values as text, and the verdict.</summary>
public sealed record GateRow(string Name, string Baseline, string Run, GateVerdict Verdict, string Rule);
