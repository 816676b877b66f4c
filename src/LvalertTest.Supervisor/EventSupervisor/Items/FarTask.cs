using System.Globalization;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>The FAR GraceDb reports for the event lies within [min far, max far].</summary>
internal sealed class FarTask(EsTaskSetup setup, TimeSpan dt, double minFar, double maxFar)
    : EsTask(setup, "far", "check sanity of reported FAR", dt)
{
    protected override CheckResult Check(DateTimeOffset now)
    {
        double? far = GraceDb.Event(Event).Far;
        return far switch
        {
            null => new CheckResult(true, "FAR is not defined!"),
            double f when f > maxFar => new CheckResult(true, $"FAR={E(f)} > {E(maxFar)}"),
            double f when f < minFar => new CheckResult(true, $"FAR={E(f)} < {E(minFar)}"),
            double f => new CheckResult(false, $"{E(minFar)} <= FAR={E(f)} <= {E(maxFar)}"),
        };
    }

    /// <summary>Python's <c>%.3e</c>.</summary>
    internal static string E(double value) => value.ToString("0.000e+00", CultureInfo.InvariantCulture);
}
