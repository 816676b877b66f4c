using System.Globalization;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Generators;
using LvalertTest.Simulation.Generators.Config;
using LvalertTest.Simulation.Generators.Pipelines;

namespace LvalertTest.Scenarios.Loading;

/// <summary>
/// An event kind made by generators: <c>generator: gstlal</c> (a built-in set) or <c>config: path/to/gstlal.ini</c> (an
/// original event config, relative to the scenario file), with <c>overrides: { bayestar.skymap: { prob: 0 } }</c>.
/// </summary>
internal static class GeneratedEvents
{
    public static EventTemplate Read(string file, EventDocument e, string at, double weight)
    {
        if (e.Generator is not null && e.Config is not null)
        {
            throw new ScenarioException(file, at, "give one of generator or config, not both");
        }

        if (e.Steps is not null || e.Pipeline is not null || e.Group is not null || e.Content is not null || e.File is not null)
        {
            throw new ScenarioException(file, at, "an event made by generators takes no steps, group, pipeline, file or content (override generator steps instead)");
        }

        GeneratorSet set = e.Generator is { } name ? Builtin(file, name, at) : FromConfig(file, e.Config!, at);
        foreach ((string key, OverrideDocument change) in (e.Overrides ?? []).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            try
            {
                set = set.WithOverride(key, new StepOverride(change?.Delay, change?.Jitter, change?.Prob));
            }
            catch (ArgumentException ex)
            {
                throw new ScenarioException(file, $"{at}.overrides.{key}", ex.Message.Split(" (Parameter")[0], ex);
            }
        }

        if (e.Far is { } far && (!(far > 0) || double.IsInfinity(far)))
        {
            throw new ScenarioException(file, $"{at}.far", $"must be a positive rate in Hz, got {far.ToString(CultureInfo.InvariantCulture)}");
        }

        var pipeline = (PipelineGenerator)set.Generators[0].Generator;
        GeneratorSettings settings = set.Generators[0].Settings;
        IReadOnlyList<string>? instruments = e.Instruments?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new EventTemplate(
            e.Name ?? set.Name,
            weight,
            settings.Option("group"),
            pipeline.Pipeline,
            settings.Option("search") is { Length: > 0 } search ? search : null,
            string.Empty,
            string.Empty,
            e.Labels ?? [],
            [],
            e.Far ?? 1e-9,
            e.Instruments ?? "H1,L1",
            new GeneratedEvent(set, e.Far, instruments is { Count: > 0 } ? instruments : null));
    }

    private static GeneratorSet Builtin(string file, string name, string at) =>
        GeneratorSets.Find(name) ?? throw new ScenarioException(file, $"{at}.generator", $"no generator set '{name}' (known: {string.Join(", ", GeneratorSets.Names)})");

    private static GeneratorSet FromConfig(string file, string config, string at)
    {
        string path = Path.IsPathRooted(config) ? config : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", config);
        try
        {
            return EventConfigLoader.Load(path);
        }
        catch (EventConfigException ex)
        {
            throw new ScenarioException(file, $"{at}.config", ex.Message, ex);
        }
    }
}
