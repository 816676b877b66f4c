namespace LvalertTest.Simulation.Notices;

/// <summary>A source position with its error radius, degrees.</summary>
public readonly record struct SkyPosition(double Ra, double Dec, double Error)
{
    /// <summary>Uniform on the sphere (RA uniform, sin Dec uniform).</summary>
    internal static SkyPosition Random(Randomness.RandomStream s, double error) =>
        new(Math.Round(s.Uniform(0, 360), 4), Math.Round(Math.Asin(s.Uniform(-1, 1)) * 180 / Math.PI, 4), Math.Round(error, 4));

    /// <summary>The same source re-localised: moved by up to <paramref name="shift"/> degrees, with a new error.</summary>
    internal SkyPosition Refined(Randomness.RandomStream s, double shift, double error) =>
        new(Math.Round((Ra + s.Uniform(-shift, shift) + 360) % 360, 4), Math.Round(Math.Clamp(Dec + s.Uniform(-shift, shift), -89.9, 89.9), 4), Math.Round(error, 4));

    internal (double Ra, double Dec, double Error) Tuple => (Ra, Dec, Error);
}
