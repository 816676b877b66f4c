using System.Collections.Immutable;
using LvalertTest.Simulation.Generators;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Tests.Generators;

/// <summary>Builds generator sets with every jitter at zero, and prints schedules as "dt comment [file] tags" lines.</summary>
internal static class GeneratorTestKit
{
    public static readonly EventFacts Facts = new(1187008882.4457, 1e-9, ["H1", "L1"]);

    public static GeneratorSet WithoutJitter(GeneratorSet set) =>
        new(set.Name, set.Generators.Select(g => g with
        {
            Settings = g.Settings with { Steps = g.Settings.Steps.ToImmutableSortedDictionary(s => s.Key, s => s.Value with { Jitter = 0 }, StringComparer.Ordinal) },
        }));

    public static Schedule Build(GeneratorSet set, long seed = 7, EventFacts? facts = null) =>
        set.Build(new EventHandle("e"), facts ?? Facts, new RandomStreams(seed).Stream("event"));

    public static List<string> Lines(Schedule schedule) => schedule.Select(Line).ToList();

    public static string Line(SimAction a) => a.Body switch
    {
        WriteLog log => FormattableString.Invariant($"{a.DtSeconds:0.###} {log.Comment}{(log.FileName is null ? string.Empty : $" [{log.FileName}]")}{(log.Tags.IsEmpty ? string.Empty : $" {{{string.Join(",", log.Tags)}}}")}"),
        _ => FormattableString.Invariant($"{a.DtSeconds:0.###} {a.Body.Describe()}"),
    };
}
