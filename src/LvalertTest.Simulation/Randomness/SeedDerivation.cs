using System.Text;

namespace LvalertTest.Simulation.Randomness;

/// <summary>
/// Derives a stream's 64-bit seed from (root seed, stream name, index) with SplitMix64 finalisers over a
/// stable FNV-1a hash of the name. Each stream's seed depends on nothing else, so adding a stream never shifts
/// another's draws. (<c>string.GetHashCode</c> is randomised per process and must not be used here.)
/// </summary>
public static class SeedDerivation
{
    public static ulong Derive(long rootSeed, string streamName, long index)
    {
        ArgumentNullException.ThrowIfNull(streamName);
        ulong state = Mix(unchecked((ulong)rootSeed) ^ 0x4C56_414C_4552_5454UL); // "LVALERTT"
        state = Mix(state ^ Fnv1a64(streamName));
        return Mix(state ^ unchecked((ulong)index));
    }

    /// <summary>The SplitMix64 output function (Steele, Lea and Flood 2014): a bijective 64-bit mixer.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E37_79B9_7F4A_7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
            return z ^ (z >> 31);
        }
    }

    public static ulong Fnv1a64(string text)
    {
        unchecked
        {
            ulong hash = 0xCBF2_9CE4_8422_2325UL;
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                hash = (hash ^ b) * 0x0000_0100_0000_01B3UL;
            }

            return hash;
        }
    }
}
