using LvalertTest.FakeGraceDb;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// Lets finished events leave an in-memory soak's store, so a simulated year holds its live events, not all of them.
/// An event is finished once its last scheduled action is <paramref name="margin"/> in the past (time for its alerts
/// to be delivered and handled) and the supervisor has nothing queued for it. Looked at when an event arrives, so
/// retirement never adds work to the kernel or moves the run's end.
/// </summary>
internal sealed class EventRetirement(FileSystemGraceDb store, Func<string, bool> stillWatched, TimeSpan margin)
{

    // By the time an event may go, then arrival order: a fixed order, so runs stay reproducible.
    private readonly PriorityQueue<EventHandle, (long Ticks, long Order)> _waiting = new();
    private long _order;

    public long Retired { get; private set; }

    /// <summary>Events waiting to be retired.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>An event arrived whose last action is due at <paramref name="lastAction"/>; finished events go first.</summary>
    public void Arrived(EventHandle handle, DateTimeOffset now, DateTimeOffset lastAction)
    {
        Sweep(now);
        _waiting.Enqueue(handle, ((lastAction + margin).UtcTicks, _order++));
    }

    private void Sweep(DateTimeOffset now)
    {
        List<EventHandle>? watched = null;
        while (_waiting.TryPeek(out EventHandle? handle, out (long Ticks, long Order) key) && key.Ticks <= now.UtcTicks)
        {
            _waiting.Dequeue();
            if (!handle.HasGraceId)
            {
                // Its creation failed: nothing of it is stored.
                continue;
            }

            if (stillWatched(handle.GraceId.ToString()))
            {
                (watched ??= []).Add(handle);
                continue;
            }

            store.Forget(handle.GraceId);
            Retired++;
        }

        foreach (EventHandle handle in watched ?? [])
        {
            _waiting.Enqueue(handle, ((now + margin).UtcTicks, _order++));
        }
    }

    /// <summary>
    /// How long after its last action an event is kept at least: an hour, and far more than the scenario's delays
    /// (alert delivery, reordering, GraceDb latency) could hold back an alert of it, jitter included.
    /// </summary>
    public static TimeSpan MarginFor(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        AlertFaults alerts = scenario.AlertFaults;
        TimeSpan delays = alerts.DelayMean + alerts.DelayJitter + (alerts.Reorder > 0 ? alerts.ReorderDelay : TimeSpan.Zero)
            + (scenario.Faults?.MeanLatency ?? TimeSpan.Zero) + (scenario.Faults?.LatencyJitter ?? TimeSpan.Zero);
        return TimeSpan.FromHours(1) + (20 * delays);
    }
}
