using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Tests.Support;
using LvalertTest.Simulation.Time;

namespace LvalertTest.Simulation.Tests.Time;

public class VirtualClockTests
{
    private SimulationKernel _kernel = null!;
    private VirtualClock _clock = null!;

    [SetUp]
    public void CreateClock()
    {
        _kernel = new SimulationKernel(Some.Start);
        _clock = _kernel.Clock;
    }

    [Test]
    public void GetUtcNow_ReadsTheKernelTime()
    {
        _clock.AdvanceBy(TimeSpan.FromMinutes(2));

        Assert.That(_clock.GetUtcNow(), Is.EqualTo(Some.Start.AddMinutes(2)));
        Assert.That(_clock.GetElapsedTime(0), Is.EqualTo(TimeSpan.FromTicks(Some.Start.AddMinutes(2).UtcTicks)));
    }

    [Test]
    public void CreateTimer_FiresOnlyWhenVirtualTimeReachesItsDueTime()
    {
        var fired = new List<DateTimeOffset>();
        using ITimer timer = _clock.CreateTimer(_ => fired.Add(_clock.GetUtcNow()), null, TimeSpan.FromSeconds(120), Timeout.InfiniteTimeSpan);

        _clock.AdvanceBy(TimeSpan.FromSeconds(119));
        Assert.That(fired, Is.Empty);

        _clock.AdvanceBy(TimeSpan.FromSeconds(1));
        Assert.That(fired, Is.EqualTo(new[] { Some.Start.AddSeconds(120) }));

        _clock.AdvanceBy(TimeSpan.FromHours(1));
        Assert.That(fired, Has.Count.EqualTo(1));
    }

    [Test]
    public void CreateTimer_Periodic_RearmsAfterEachCallback()
    {
        var fired = new List<double>();
        using ITimer timer = _clock.CreateTimer(_ => fired.Add((_clock.GetUtcNow() - Some.Start).TotalSeconds), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));

        _clock.AdvanceBy(TimeSpan.FromSeconds(40));

        Assert.That(fired, Is.EqualTo(new double[] { 5, 15, 25, 35 }));
    }

    [Test]
    public void Change_MovesTheDueTimeAndTheOldEntryNeverFires()
    {
        var fired = new List<double>();
        using ITimer timer = _clock.CreateTimer(_ => fired.Add((_clock.GetUtcNow() - Some.Start).TotalSeconds), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        timer.Change(TimeSpan.FromSeconds(8), Timeout.InfiniteTimeSpan);
        _clock.AdvanceBy(TimeSpan.FromSeconds(20));

        Assert.That(fired, Is.EqualTo(new double[] { 8 }));
    }

    [Test]
    public void Dispose_CancelsAPendingTimer()
    {
        int fired = 0;
        ITimer timer = _clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        _clock.AdvanceBy(TimeSpan.FromSeconds(5));
        timer.Dispose();
        _clock.AdvanceBy(TimeSpan.FromMinutes(5));

        Assert.That(fired, Is.EqualTo(1));
        Assert.That(timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan), Is.False);
    }

    [Test]
    public void TaskDelay_WithTheClock_CompletesInVirtualTime()
    {
        Task delay = Task.Delay(TimeSpan.FromHours(6), _clock);

        _clock.AdvanceBy(TimeSpan.FromHours(5));
        Assert.That(delay.IsCompleted, Is.False);

        _clock.AdvanceBy(TimeSpan.FromHours(1));
        Assert.That(delay.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void Timers_InterleaveWithOtherKernelWorkInOneOrder()
    {
        var order = new List<string>();
        var work = new RecordingWork(_kernel, _ => order.Add("work"));
        using ITimer timer = _clock.CreateTimer(_ => order.Add("timer"), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(3), work);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(2), work);

        _clock.AdvanceTo(Some.Start.AddSeconds(3));

        Assert.That(order, Is.EqualTo(new[] { "work", "timer", "work" }));
    }

    [Test]
    public void AdvanceTo_Backwards_ThrowsWithTheCurrentTime()
    {
        _clock.AdvanceBy(TimeSpan.FromSeconds(1));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _clock.AdvanceTo(Some.Start));

        Assert.That(error!.Message, Does.Contain("backwards").And.Contain("2017-08-17T12:41:05.0000000Z"));
    }

    [Test]
    public void AdvanceBy_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _clock.AdvanceBy(TimeSpan.FromTicks(-1)));
    }

    [Test]
    public void AdvanceBy_FromATimerCallback_ThrowsInvalidOperation()
    {
        Exception? caught = null;
        using ITimer timer = _clock.CreateTimer(_ => caught = Assert.Catch(() => _clock.AdvanceBy(TimeSpan.FromSeconds(1))), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        _clock.AdvanceBy(TimeSpan.FromSeconds(2));

        Assert.That(caught, Is.TypeOf<InvalidOperationException>());
        Assert.That(caught!.Message, Does.Contain("2017-08-17T12:41:05.0000000Z"));
    }

    [Test]
    public void CreateTimer_NegativeDueTime_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _clock.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(-1), Timeout.InfiniteTimeSpan));
    }
}
