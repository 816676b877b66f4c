using System.Globalization;

namespace LvalertTest.Simulation.Schedules;

/// <summary>
/// The original's <c>Action</c>: what to do (<see cref="Body"/>) and when, as <see cref="Dt"/> after the
/// schedule's t0. Named SimAction so it never collides with <see cref="System.Action"/>.
/// </summary>
public sealed record SimAction
{
    public SimAction(TimeSpan dt, ActionBody body)
    {
        if (dt < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(dt), dt, $"an action's dt must be zero or more (action: {body?.Describe()})");
        }

        ArgumentNullException.ThrowIfNull(body);
        Dt = dt;
        Body = body;
    }

    public TimeSpan Dt { get; }

    public ActionBody Body { get; }

    /// <summary>Seconds after t0 as a number, for printing and files.</summary>
    public double DtSeconds => Dt.TotalSeconds;

    public static SimAction At(double seconds, ActionBody body) => new(TimeSpan.FromSeconds(seconds), body);

    public SimAction WithDt(TimeSpan dt) => new(dt, Body);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"+{Dt.TotalSeconds,10:0.000}s  {Body.Event?.ToString() ?? "-"}  {Body.Describe()}");
}
