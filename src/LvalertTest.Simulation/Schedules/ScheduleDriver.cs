using LvalertTest.Simulation.Kernel;

namespace LvalertTest.Simulation.Schedules;

/// <summary>
/// Puts a schedule on the kernel from a t0: one queue entry per action, told apart by its index, so a
/// schedule of n actions costs n struct entries and one driver object.
/// </summary>
public sealed class ScheduleDriver : IDueWork
{
    private readonly Schedule _schedule;
    private readonly IActionSink _sink;
    private readonly SimulationKernel _kernel;

    private ScheduleDriver(SimulationKernel kernel, Schedule schedule, IActionSink sink)
    {
        _kernel = kernel;
        _schedule = schedule;
        _sink = sink;
    }

    /// <summary>Queues every action of <paramref name="schedule"/> at t0 + dt; returns how many were queued.</summary>
    public static int Submit(SimulationKernel kernel, Schedule schedule, DateTimeOffset t0, IActionSink sink, int priority = WorkPriority.World)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(sink);
        var driver = new ScheduleDriver(kernel, schedule, sink);
        for (int i = 0; i < schedule.Count; i++)
        {
            kernel.Enqueue(t0 + schedule[i].Dt, driver, i, priority: priority);
        }

        return schedule.Count;
    }

    public void RunDue(long argument, object? state) => _sink.Execute(_schedule[(int)argument], _kernel.Now);
}
