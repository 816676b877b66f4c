using MathNet.Numerics.Distributions;

namespace LvalertTest.Simulation.Randomness;

/// <summary>
/// One named, seeded stream of draws. Distributions are MathNet.Numerics' static samplers applied to this
/// stream's own generator: no distribution object keeps state between draws.
/// </summary>
public sealed class RandomStream
{
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private readonly Xoshiro256StarStar _generator;

    internal RandomStream(long rootSeed, string name, long index)
    {
        RootSeed = rootSeed;
        Name = name;
        Index = index;
        Seed = SeedDerivation.Derive(rootSeed, name, index);
        _generator = new Xoshiro256StarStar(Seed);
    }

    public long RootSeed { get; }

    public string Name { get; }

    public long Index { get; }

    /// <summary>This stream's own derived seed.</summary>
    public ulong Seed { get; }

    /// <summary>The generator, for libraries that take a <see cref="Random"/> (MathNet, Bogus).</summary>
    public Random Generator => _generator;

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => _generator.NextDouble();

    public double Uniform(double low, double high)
    {
        if (!(low <= high))
        {
            throw new ArgumentOutOfRangeException(nameof(high), $"uniform needs low <= high, got [{low}, {high}] (stream {this})");
        }

        return low == high ? low : ContinuousUniform.Sample(_generator, low, high);
    }

    /// <summary>An exponential variate with the given rate (per unit): the gap between Poisson arrivals.</summary>
    public double Exponential(double rate)
    {
        if (!(rate > 0) || double.IsInfinity(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), $"exponential rate must be positive and finite, got {rate} (stream {this})");
        }

        return MathNet.Numerics.Distributions.Exponential.Sample(_generator, rate);
    }

    /// <summary>A normal variate clipped at zero: delays that jitter around a mean but never run backwards.</summary>
    public double NormalClippedAtZero(double mean, double standardDeviation)
    {
        if (!(standardDeviation >= 0) || double.IsInfinity(standardDeviation) || !double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), $"normal needs a finite mean and a standard deviation >= 0, got N({mean}, {standardDeviation}) (stream {this})");
        }

        double draw = standardDeviation == 0 ? mean : Normal.Sample(_generator, mean, standardDeviation);
        return Math.Max(0, draw);
    }

    /// <summary>Log-uniform in [low, high) (e.g. false-alarm probabilities spanning decades).</summary>
    public double LogUniform(double low, double high)
    {
        if (!(low > 0) || !(high >= low) || double.IsInfinity(high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), $"log-uniform needs 0 < low <= high < inf, got [{low}, {high}] (stream {this})");
        }

        return Math.Exp(Uniform(Math.Log(low), Math.Log(high)));
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Bernoulli(double probability)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), $"a probability must be in [0, 1], got {probability} (stream {this})");
        }

        return _generator.NextDouble() < probability;
    }

    /// <summary>Uniform integer in [0, count).</summary>
    public int NextIndex(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return _generator.Next(count);
    }

    /// <summary>An index drawn in proportion to <paramref name="weights"/> (non-negative, not all zero).</summary>
    public int WeightedIndex(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        double total = 0;
        foreach (double w in weights)
        {
            if (!(w >= 0) || double.IsInfinity(w))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), $"weights must be finite and >= 0, got {w} (stream {this})");
            }

            total += w;
        }

        if (total <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weights), $"at least one weight must be positive (stream {this})");
        }

        double target = _generator.NextDouble() * total;
        for (int i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        // Rounding can leave target at ~0 after the last positive weight: return that weight's index.
        for (int i = weights.Count - 1; ; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }
    }

    /// <summary>Upper-case letters, for readable per-event keys and file names (the original's randStr).</summary>
    public string Token(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        return string.Create(length, _generator, static (span, generator) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = TokenAlphabet[generator.Next(TokenAlphabet.Length)];
            }
        });
    }

    /// <summary>
    /// An independent stream named <paramref name="name"/> under this one, seeded from this stream's seed (not from
    /// its draws): a generator draws from its own fork, so a generator added, removed or drawing more never shifts
    /// another generator's numbers.
    /// </summary>
    public RandomStream Fork(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new RandomStream(unchecked((long)Seed), $"{Name}/{name}", Index);
    }

    public override string ToString() => $"'{Name}'[{Index}] of root seed {RootSeed}";
}
