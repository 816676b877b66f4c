using System.Collections.Immutable;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Generators;

/// <summary>A generator with its settings, as one member of a <see cref="GeneratorSet"/>.</summary>
public sealed record ConfiguredGenerator(Generator Generator, GeneratorSettings Settings);

/// <summary>
/// The generators that make up one kind of event (a gstlal event: its pipeline, iDQ, segDB2grcDB, BAYESTAR, ...) and
/// their settings. <see cref="Build"/> runs them in order: first those that start with the event, then the anchored
/// ones against the schedule so far. Each generator draws from its own fork of the event's stream, so changing one
/// generator's numbers never shifts another's draws.
/// </summary>
public sealed class GeneratorSet
{
    public GeneratorSet(string name, IEnumerable<ConfiguredGenerator> generators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(generators);
        Name = name;
        Generators = [.. generators];
        string? twice = Generators.GroupBy(g => g.Generator.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (twice is not null)
        {
            throw new ArgumentException($"generator set '{name}' has two generators named '{twice}'", nameof(generators));
        }
    }

    public string Name { get; }

    public ImmutableArray<ConfiguredGenerator> Generators { get; }

    /// <summary>The generator named <paramref name="name"/>, or null.</summary>
    public ConfiguredGenerator? Find(string name) => Generators.FirstOrDefault(g => g.Generator.Name == name);

    /// <summary>
    /// A copy with one step's numbers changed: <paramref name="key"/> is <c>generator.step</c> (e.g.
    /// <c>bayestar.skymap</c>). An unknown generator or step throws <see cref="ArgumentException"/> listing the known ones.
    /// </summary>
    public GeneratorSet WithOverride(string key, StepOverride change)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(change);
        int dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == key.Length - 1)
        {
            throw new ArgumentException($"'{key}' is not generator.step (e.g. bayestar.skymap)", nameof(key));
        }

        string generator = key[..dot];
        string step = key[(dot + 1)..];
        ConfiguredGenerator target = Find(generator) ?? throw new ArgumentException(
            $"no generator '{generator}' in set '{Name}' (generators: {string.Join(", ", Generators.Select(g => g.Generator.Name))})", nameof(key));
        if (!target.Generator.HasStep(step, target.Settings))
        {
            throw new ArgumentException(
                $"generator '{generator}' has no step '{step}' (steps: {string.Join(", ", target.Generator.StepNames(target.Settings))})", nameof(key));
        }

        StepSettings current = target.Settings.Steps.TryGetValue(step, out StepSettings? own) ? own : Fallback(target, step);
        StepSettings changed = change.ApplyTo(current);
        if (changed.Problem() is { } problem)
        {
            throw new ArgumentException($"{key}: {problem}", nameof(change));
        }

        return Replace(target with { Settings = target.Settings.WithStep(step, changed) });
    }

    /// <summary>A copy with <paramref name="generator"/> in place of the member of the same name (or added at the end).</summary>
    public GeneratorSet Replace(ConfiguredGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        int index = Generators.IndexOf(Find(generator.Generator.Name)!);
        return new GeneratorSet(Name, index < 0 ? Generators.Add(generator) : Generators.SetItem(index, generator));
    }

    /// <summary>One event's schedule, from its handle, facts and own random stream.</summary>
    public Schedule Build(EventHandle handle, EventFacts facts, RandomStream eventStream)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(eventStream);
        Schedule schedule = Schedule.Merge(Generators
            .Where(g => g.Generator.Anchor is null)
            .Select(g => g.Generator.Generate(new GeneratorRun(handle, facts, g.Settings, eventStream.Fork(g.Generator.Name)))));

        foreach (ConfiguredGenerator g in Generators.Where(g => g.Generator.Anchor is not null))
        {
            Func<SimAction, bool> anchor = g.Generator.Anchor!;
            List<SimAction> parents = schedule.Where(anchor).ToList();
            if (!g.Generator.AtEachAnchor && parents.Count > 1)
            {
                parents.RemoveRange(1, parents.Count - 1);
            }

            Schedule before = schedule;
            var children = new List<Schedule>(parents.Count);
            for (int i = 0; i < parents.Count; i++)
            {
                // Named after the parent's file where it has one, so one sky map's plots never depend on another's.
                string fork = parents[i].Body is WriteLog { FileName: { } file } ? $"{g.Generator.Name}@{file}" : $"{g.Generator.Name}@{i}";
                var run = new GeneratorRun(handle, facts, g.Settings, eventStream.Fork(fork), parents[i], before);
                children.Add(g.Generator.Generate(run).AnchoredTo(parents[i]));
            }

            schedule += Schedule.Merge(children);
        }

        return schedule;
    }

    private static StepSettings Fallback(ConfiguredGenerator target, string step) =>
        target.Generator is IStepFallback fallback ? fallback.SettingsFor(step, target.Settings) : target.Settings.Steps[step];
}

/// <summary>A generator whose steps are named by data (segDB2grcDB's flags) and share a default step's numbers.</summary>
public interface IStepFallback
{
    StepSettings SettingsFor(string step, GeneratorSettings settings);
}
