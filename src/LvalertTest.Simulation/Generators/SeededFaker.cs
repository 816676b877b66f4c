using Bogus;
using Bogus.DataSets;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Generators;

/// <summary>
/// Human-facing text (people's names, sentences) from Bogus, drawing from one of our seeded streams: the same event
/// gives the same names and comments on every run and machine (Bogus' own seeding goes through System.Random, whose
/// sequence is not pinned). Only the data sets the generators use are made: a whole <see cref="Faker"/> builds
/// twenty, which cost more than the rest of an event's schedule.
/// </summary>
public sealed class SeededFaker
{
    private SeededFaker(Randomizer random)
    {
        Name = new Name("en") { Random = random };
        Lorem = new Lorem("en") { Random = random };
    }

    public Name Name { get; }

    public Lorem Lorem { get; }

    public static SeededFaker From(RandomStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new SeededFaker(new StreamRandomizer(stream.Generator));
    }

    private sealed class StreamRandomizer : Randomizer
    {
        public StreamRandomizer(Random generator) => localSeed = generator;
    }
}
