using Bogus;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Generators;

/// <summary>
/// A Bogus <see cref="Faker"/> that draws from one of our seeded streams: the same event gives the same names and
/// comments on every run and machine (Bogus' own seeding goes through System.Random, whose sequence is not pinned).
/// </summary>
public static class SeededFaker
{
    public static Faker From(RandomStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new Faker("en") { Random = new StreamRandomizer(stream.Generator) };
    }

    private sealed class StreamRandomizer : Randomizer
    {
        public StreamRandomizer(Random generator) => localSeed = generator;
    }
}
