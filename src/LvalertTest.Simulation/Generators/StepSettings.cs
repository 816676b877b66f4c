using System.Globalization;

namespace LvalertTest.Simulation.Generators;

/// <summary>
/// When and whether a generator step happens: <see cref="Delay"/> seconds (after the generator's t0, or after the
/// previous step for cumulative generators), jittered by a normal of <see cref="Jitter"/> clipped at zero, with
/// probability <see cref="Prob"/>.
/// </summary>
public sealed record StepSettings(double Delay, double Jitter, double Prob)
{
    /// <summary>The problem with these numbers, or null when they are usable.</summary>
    public string? Problem() =>
        !(Delay >= 0) || double.IsInfinity(Delay) ? $"delay must be zero or more seconds, got {Text(Delay)}"
        : !(Jitter >= 0) || double.IsInfinity(Jitter) ? $"jitter must be zero or more seconds, got {Text(Jitter)}"
        : !(Prob >= 0 && Prob <= 1) ? $"prob must be in [0, 1], got {Text(Prob)}"
        : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Delay} ± {Jitter} s, p = {Prob}");

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A change to some of a step's numbers (the others keep their values).</summary>
public sealed record StepOverride(double? Delay = null, double? Jitter = null, double? Prob = null)
{
    public StepSettings ApplyTo(StepSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new StepSettings(Delay ?? settings.Delay, Jitter ?? settings.Jitter, Prob ?? settings.Prob);
    }
}

/// <summary>One step's draw: its time (seconds) and whether it happens. Both are drawn whatever the outcome.</summary>
public readonly record struct StepDraw(double Seconds, bool Happens);
