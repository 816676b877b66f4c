namespace LvalertTest.Simulation.Randomness;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018), owned here so the sequence for a seed never depends on the runtime's
/// <see cref="Random"/> internals. It derives from <see cref="Random"/> only so that MathNet.Numerics'
/// distributions can draw from it; every draw is overridden.
/// </summary>
public sealed class Xoshiro256StarStar : Random
{
    private const double DoubleUnit = 1.0 / (1UL << 53);
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the 256-bit state from one 64-bit seed with SplitMix64, as the algorithm's authors recommend.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        unchecked
        {
            ulong x = seed;
            _s0 = SeedDerivation.Mix(x);
            x += 0x9E37_79B9_7F4A_7C15UL;
            _s1 = SeedDerivation.Mix(x);
            x += 0x9E37_79B9_7F4A_7C15UL;
            _s2 = SeedDerivation.Mix(x);
            x += 0x9E37_79B9_7F4A_7C15UL;
            _s3 = SeedDerivation.Mix(x);
        }
    }

    /// <summary>Starts from an explicit state (for the algorithm's reference vectors). The state must not be all zero.</summary>
    public Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("the xoshiro256** state must not be all zero");
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1) from the top 53 bits.</summary>
    public override double NextDouble() => (NextUInt64() >> 11) * DoubleUnit;

    public override float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1U << 24));

    public override int Next()
    {
        // Random.Next() excludes int.MaxValue: redraw the one value out of range.
        while (true)
        {
            int value = (int)(NextUInt64() >> 33);
            if (value != int.MaxValue)
            {
                return value;
            }
        }
    }

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)NextBounded((ulong)maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)(minValue + (long)NextBounded((ulong)((long)maxValue - minValue)));
    }

    public override long NextInt64()
    {
        while (true)
        {
            long value = (long)(NextUInt64() >> 1);
            if (value != long.MaxValue)
            {
                return value;
            }
        }
    }

    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (long)NextBounded((ulong)maxValue);
    }

    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return unchecked(minValue + (long)NextBounded((ulong)(maxValue - minValue)));
    }

    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    protected override double Sample() => NextDouble();

    /// <summary>Unbiased integer in [0, bound) by Lemire's multiply-and-reject.</summary>
    private ulong NextBounded(ulong bound)
    {
        if (bound <= 1)
        {
            return 0;
        }

        unchecked
        {
            ulong threshold = (0 - bound) % bound;
            while (true)
            {
                ulong high = Math.BigMul(NextUInt64(), bound, out ulong low);
                if (low >= threshold)
                {
                    return high;
                }
            }
        }
    }
}
