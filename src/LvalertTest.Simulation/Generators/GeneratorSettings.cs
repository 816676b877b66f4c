using System.Collections.Immutable;

namespace LvalertTest.Simulation.Generators;

/// <summary>
/// One generator's numbers and options as configured: its steps' <see cref="StepSettings"/> by step name, and its
/// options (strings, e.g. <c>flags</c>, <c>lvem</c>) by option name. Immutable; changes make copies.
/// </summary>
public sealed record GeneratorSettings(ImmutableSortedDictionary<string, StepSettings> Steps, ImmutableSortedDictionary<string, string> Options)
{
    public static GeneratorSettings Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, StepSettings>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    public GeneratorSettings WithStep(string step, StepSettings settings) => this with { Steps = Steps.SetItem(step, settings) };

    public GeneratorSettings WithOption(string option, string value) => this with { Options = Options.SetItem(option, value) };

    public string Option(string option) =>
        Options.TryGetValue(option, out string? value) ? value : throw new KeyNotFoundException($"no option '{option}'");

    public IReadOnlyList<string> Words(string option) =>
        Option(option).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public bool Flag(string option) => Option(option).Trim().ToLowerInvariant() is "true" or "yes" or "on" or "1";
}
