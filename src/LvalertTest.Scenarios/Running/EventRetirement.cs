using LvalertTest.FakeGraceDb;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// Lets finished events leave an in-memory soak's store, so a simulated year holds its live events, not all of them.
/// An event is finished once its last scheduled action is <see cref="Margin"/> in the past (time for its alerts to be
/// delivered and handled) and the supervisor has nothing queued for it. Looked at when an event arrives, so
/// retirement never adds work to the kernel or moves the run's end.
/// </summary>
internal sealed class EventRetirement(FileSystemGraceDb store, Func<string, bool> stillWatched)
{
    /// <summary>How long after its last action an event is kept at least (alert delays and GraceDb latency are seconds).</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromHours(1);

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
        _waiting.Enqueue(handle, ((lastAction + Margin).UtcTicks, _order++));
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
            _waiting.Enqueue(handle, ((now + Margin).UtcTicks, _order++));
        }
    }
}
