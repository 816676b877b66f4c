namespace LvalertTest.Simulation.Kernel;

/// <summary>Priorities for work due at the same instant: lower runs first; equal priorities run in insertion order.</summary>
public static class WorkPriority
{
    /// <summary>Writes into the world (GraceDb actions) happen before anyone reacts at the same instant.</summary>
    public const int World = -100;

    public const int Default = 0;

    /// <summary>Checks and reports that should see everything else that happened at the same instant.</summary>
    public const int Observer = 100;
}
