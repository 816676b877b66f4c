namespace LvalertTest.Simulation.Randomness;

/// <summary>
/// The run's root seed and the factory of its streams. A stream is a pure function of
/// (root seed, name, index): asking twice gives two streams with the same draws.
/// </summary>
public sealed class RandomStreams
{
    public RandomStreams(long rootSeed) => RootSeed = rootSeed;

    public long RootSeed { get; }

    public RandomStream Stream(string name, long index = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new RandomStream(RootSeed, name, index);
    }

    public override string ToString() => $"seed={RootSeed}";
}
