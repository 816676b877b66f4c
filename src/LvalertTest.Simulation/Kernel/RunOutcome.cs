namespace LvalertTest.Simulation.Kernel;

public enum RunStopReason
{
    /// <summary>Everything due up to the requested time ran; the clock now stands at that time.</summary>
    ReachedTime,

    /// <summary>Nothing was left to run.</summary>
    Idle,

    /// <summary>A piece of work called <see cref="SimulationKernel.RequestStop"/>.</summary>
    StopRequested,

    /// <summary>The caller's stop condition became true after a piece of work ran.</summary>
    StopConditionMet,
}

/// <summary>How a run of the kernel ended, how much it ran and where the clock stands.</summary>
public readonly record struct RunOutcome(RunStopReason Reason, long Executed, DateTimeOffset ClockAt);
