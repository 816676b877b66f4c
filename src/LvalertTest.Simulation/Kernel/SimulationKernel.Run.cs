namespace LvalertTest.Simulation.Kernel;

public sealed partial class SimulationKernel
{
    private bool _stopRequested;

    /// <summary>Asks a running kernel to stop after the current piece of work; the next Run* call starts afresh.</summary>
    public void RequestStop() => _stopRequested = true;

    /// <summary>
    /// Runs everything due at or before <paramref name="until"/> in key order, then sets the clock to
    /// <paramref name="until"/> (unless a stop ended the run early, which leaves the clock at the last work's time).
    /// </summary>
    public RunOutcome RunUntil(DateTimeOffset until, Func<bool>? stopWhen = null)
    {
        long untilTicks = until.UtcTicks;
        if (untilTicks < _nowTicks)
        {
            throw new ArgumentOutOfRangeException(
                nameof(until),
                $"cannot move virtual time backwards to {Format(untilTicks)}: the clock is at {Format(_nowTicks)}");
        }

        RunOutcome outcome = RunLoop(untilTicks, stopWhen);
        if (outcome.Reason is RunStopReason.ReachedTime or RunStopReason.Idle)
        {
            _nowTicks = untilTicks;
            return outcome with { Reason = RunStopReason.ReachedTime, ClockAt = Now };
        }

        return outcome;
    }

    /// <summary>Runs for <paramref name="duration"/> of virtual time from now (see <see cref="RunUntil"/>).</summary>
    public RunOutcome RunFor(TimeSpan duration, Func<bool>? stopWhen = null)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(duration),
                $"cannot run for a negative duration {duration}: the clock is at {Format(_nowTicks)}");
        }

        return RunUntil(new DateTimeOffset(checked(_nowTicks + duration.Ticks), TimeSpan.Zero), stopWhen);
    }

    /// <summary>Runs until nothing is left (or a stop); the clock stays at the time of the last work run.</summary>
    public RunOutcome RunUntilIdle(Func<bool>? stopWhen = null) => RunLoop(long.MaxValue, stopWhen);

    private RunOutcome RunLoop(long untilTicks, Func<bool>? stopWhen)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException(
                $"the simulation kernel is already running (virtual time {Format(_nowTicks)}): work must schedule more work, not advance the clock");
        }

        IsRunning = true;
        _stopRequested = false;
        long executed = 0;
        try
        {
            while (_queue.TryPeek(out _, out DueKey key) && key.Ticks <= untilTicks)
            {
                DueEntry entry = _queue.Dequeue();
                _nowTicks = key.Ticks;
                executed++;
                ExecutedCount++;
                entry.Work.RunDue(entry.Argument);

                if (_stopRequested)
                {
                    return new RunOutcome(RunStopReason.StopRequested, executed, Now);
                }

                if (stopWhen is not null && stopWhen())
                {
                    return new RunOutcome(RunStopReason.StopConditionMet, executed, Now);
                }
            }

            return new RunOutcome(_queue.Count == 0 ? RunStopReason.Idle : RunStopReason.ReachedTime, executed, Now);
        }
        finally
        {
            IsRunning = false;
            _stopRequested = false;
        }
    }
}
