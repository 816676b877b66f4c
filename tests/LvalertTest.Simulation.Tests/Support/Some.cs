namespace LvalertTest.Simulation.Tests.Support;

/// <summary>Fixed, readable values for tests.</summary>
internal static class Some
{
    /// <summary>GW170817's GraceDb creation time, a familiar t0.</summary>
    public static readonly DateTimeOffset Start = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);
}
