using System.Collections.Immutable;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Generators;

/// <summary>
/// Makes one part of an event's life (a pipeline's uploads, one follow-up process, a human's sign-off) as a
/// <see cref="Schedule"/>. Every step it may take has a name and default numbers (the original lvalertTest's unless
/// <c>docs/GENERATORS.md</c> says why not), overridable by name, so a fault is one number away.
/// </summary>
public abstract class Generator
{
    /// <summary>The generator's name, as in overrides (<c>bayestar.skymap</c>) and reports.</summary>
    public abstract string Name { get; }

    /// <summary>Its steps, in the order they happen, with their default numbers.</summary>
    public abstract IReadOnlyList<KeyValuePair<string, StepSettings>> DefaultSteps { get; }

    /// <summary>Its options (lists, switches) with their default values.</summary>
    public virtual IReadOnlyList<KeyValuePair<string, string>> DefaultOptions => [];

    /// <summary>
    /// Null for a generator that starts with the event. Otherwise it starts at the action this matches: the first
    /// one (BAYESTAR after the PSD upload), or each one when <see cref="AtEachAnchor"/> (plots after every sky map).
    /// Without a matching action it does nothing, as in the original.
    /// </summary>
    public virtual Func<SimAction, bool>? Anchor => null;

    public virtual bool AtEachAnchor => false;

    /// <summary>The settings before any override.</summary>
    public GeneratorSettings Defaults() => new(
        DefaultSteps.ToImmutableSortedDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal),
        DefaultOptions.ToImmutableSortedDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal));

    /// <summary>True if <paramref name="step"/> names a step of this generator under <paramref name="settings"/>.</summary>
    public virtual bool HasStep(string step, GeneratorSettings settings) => DefaultSteps.Any(s => s.Key == step);

    /// <summary>The step names an override may use, for error messages.</summary>
    public virtual IEnumerable<string> StepNames(GeneratorSettings settings) => DefaultSteps.Select(s => s.Key);

    /// <summary>The generator's actions for one event, with dts relative to its t0 (the event's, or its anchor's).</summary>
    public abstract Schedule Generate(GeneratorRun run);

    public override string ToString() => Name;

    protected static KeyValuePair<string, StepSettings> Step(string name, double delay, double jitter, double prob = 1) =>
        new(name, new StepSettings(delay, jitter, prob));

    protected static KeyValuePair<string, string> Option(string name, string value) => new(name, value);

    /// <summary>True for an action that uploads a sky map (<c>.fits</c> or <c>.fits.gz</c>).</summary>
    public static bool IsSkymapUpload(SimAction action) =>
        action?.Body is WriteLog { FileName: { } file }
        && (file.EndsWith(".fits.gz", StringComparison.Ordinal) || file.EndsWith(".fits", StringComparison.Ordinal));
}
