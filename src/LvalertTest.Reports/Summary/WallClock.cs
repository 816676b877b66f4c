using System.Diagnostics;

namespace LvalertTest.Reports.Summary;

/// <summary>The one sanctioned reader of wall time: how long a run took, for reports. Never feeds a simulation.</summary>
public static class WallClock
{
    public static Stopwatch StartStopwatch()
    {
#pragma warning disable RS0030 // the banned-API rule exists to keep wall time out of simulations; reports measure it on purpose
        return Stopwatch.StartNew(); // wall-clock: measures the run's wall duration for summary.json
#pragma warning restore RS0030
    }
}
