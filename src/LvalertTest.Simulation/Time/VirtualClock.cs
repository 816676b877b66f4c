using LvalertTest.Simulation.Kernel;

namespace LvalertTest.Simulation.Time;

/// <summary>
/// The kernel's clock as a <see cref="TimeProvider"/>: code under test takes it where it would take
/// <see cref="TimeProvider.System"/>, and its timers (<see cref="CreateTimer"/>, <c>Task.Delay(d, clock)</c>) fire
/// in virtual time, in the kernel's one (time, priority, sequence) order.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private readonly SimulationKernel _kernel;

    internal VirtualClock(SimulationKernel kernel) => _kernel = kernel;

    public override DateTimeOffset GetUtcNow() => _kernel.Now;

    /// <summary>Virtual ticks, so elapsed-time measurements by code under test are virtual too.</summary>
    public override long GetTimestamp() => _kernel.NowTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(_kernel, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Runs everything due up to <paramref name="time"/>, then stands at it. Backwards or re-entrant calls throw.</summary>
    public void AdvanceTo(DateTimeOffset time) => _kernel.RunUntil(time);

    /// <summary>Runs everything due in the next <paramref name="delta"/>, then stands at now + delta.</summary>
    public void AdvanceBy(TimeSpan delta) => _kernel.RunFor(delta);

    public override string ToString() => $"VirtualClock {SimulationKernel.Format(_kernel.NowTicks)}";
}
