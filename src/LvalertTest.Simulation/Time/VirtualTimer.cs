using LvalertTest.Simulation.Kernel;

namespace LvalertTest.Simulation.Time;

/// <summary>
/// A timer on the kernel's queue. Changing or disposing it bumps a generation number instead of removing the
/// queued entry; an entry whose generation is stale is ignored when it comes due (lazy cancellation, O(1)).
/// </summary>
internal sealed class VirtualTimer : ITimer, IDueWork
{
    private readonly SimulationKernel _kernel;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private TimeSpan _period = Timeout.InfiniteTimeSpan;
    private long _generation;
    private bool _disposed;

    public VirtualTimer(SimulationKernel kernel, TimerCallback callback, object? state)
    {
        _kernel = kernel;
        _callback = callback;
        _state = state;
    }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        ValidateSpan(dueTime, nameof(dueTime));
        ValidateSpan(period, nameof(period));
        if (_disposed)
        {
            return false;
        }

        _generation++;
        _period = period;
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _kernel.EnqueueAfter(dueTime, this, _generation);
        }

        return true;
    }

    public void RunDue(long argument)
    {
        if (_disposed || argument != _generation)
        {
            return;
        }

        _callback(_state);

        // Periodic timers re-arm relative to the time after the callback, unless the callback changed the timer.
        bool periodic = _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero;
        if (periodic && !_disposed && argument == _generation)
        {
            _kernel.EnqueueAfter(_period, this, _generation);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _generation++;
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static void ValidateSpan(TimeSpan span, string name)
    {
        if (span != Timeout.InfiniteTimeSpan && span < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, span, "a timer's due time and period must be zero or more, or Timeout.InfiniteTimeSpan");
        }
    }
}
