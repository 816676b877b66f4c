using LvalertTest.Simulation.Kernel;

namespace LvalertTest.Simulation.Schedules;

/// <summary>
/// Puts a schedule on the kernel from a t0. Only the schedule's next action waits in the queue; running it queues
/// the one after. Sequence numbers for all its actions are reserved at submission, so the order is exactly that of
/// queueing every action at once, while the queue holds one entry per live schedule instead of one per action.
/// </summary>
public sealed class ScheduleDriver : IDueWork
{
    private readonly SimulationKernel _kernel;
    private readonly Schedule _schedule;
    private readonly IActionSink _sink;
    private readonly long _t0Ticks;
    private readonly int _priority;
    private readonly long _firstSequence;

    private ScheduleDriver(SimulationKernel kernel, Schedule schedule, IActionSink sink, long t0Ticks, int priority)
    {
        _kernel = kernel;
        _schedule = schedule;
        _sink = sink;
        _t0Ticks = t0Ticks;
        _priority = priority;
        _firstSequence = kernel.ReserveSequences(schedule.Count);
    }

    /// <summary>Submits every action of <paramref name="schedule"/> to run at t0 + dt; returns how many there are.</summary>
    public static int Submit(SimulationKernel kernel, Schedule schedule, DateTimeOffset t0, IActionSink sink, int priority = WorkPriority.World)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(sink);
        if (schedule.Count > 0)
        {
            new ScheduleDriver(kernel, schedule, sink, t0.UtcTicks, priority).QueueAction(0);
        }

        return schedule.Count;
    }

    public void RunDue(long argument)
    {
        int index = (int)argument;

        // Queue the next action first, so an action that throws does not cancel the rest of its schedule.
        if (index + 1 < _schedule.Count)
        {
            QueueAction(index + 1);
        }

        _sink.Execute(_schedule[index], _kernel.Now);
    }

    private void QueueAction(int index) =>
        _kernel.EnqueueReserved(checked(_t0Ticks + _schedule[index].Dt.Ticks), this, index, _priority, _firstSequence + index);
}
