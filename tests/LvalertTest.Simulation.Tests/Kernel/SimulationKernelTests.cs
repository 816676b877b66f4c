using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Tests.Support;

namespace LvalertTest.Simulation.Tests.Kernel;

public class SimulationKernelTests
{
    private SimulationKernel _kernel = null!;

    [SetUp]
    public void CreateKernel() => _kernel = new SimulationKernel(Some.Start);

    [Test]
    public void RunUntilIdle_EqualTimes_RunInInsertionOrder()
    {
        var work = new RecordingWork(_kernel);
        for (int i = 0; i < 1000; i++)
        {
            _kernel.EnqueueAfter(TimeSpan.FromSeconds(5), work, i);
        }

        _kernel.RunUntilIdle();

        Assert.That(work.Arguments, Is.EqualTo(Enumerable.Range(0, 1000).Select(i => (long)i)));
    }

    [Test]
    public void RunUntilIdle_EqualTimesAfterChurn_StillInsertionOrder()
    {
        // A heap alone reorders equal keys once entries have been pushed and popped around them.
        const long seed = 7;
        RandomStream random = new RandomStreams(seed).Stream("churn");
        var work = new RecordingWork(_kernel);
        for (int i = 0; i < 2000; i++)
        {
            // Three distinct times only, so almost every entry ties with many others.
            _kernel.EnqueueAfter(TimeSpan.FromSeconds(random.NextIndex(3)), work, i);
        }

        _kernel.RunUntilIdle();

        var expected = work.Runs.OrderBy(r => r.At).ThenBy(r => r.Argument).ToList();
        Assert.That(work.Runs, Is.EqualTo(expected), $"seed={seed}");
    }

    [Test]
    public void RunUntilIdle_EqualTimes_LowerPriorityNumberRunsFirst()
    {
        var work = new RecordingWork(_kernel);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(1), work, 1, priority: WorkPriority.Observer);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(1), work, 2, priority: WorkPriority.Default);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(1), work, 3, priority: WorkPriority.World);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(0.5), work, 4, priority: WorkPriority.Observer);

        _kernel.RunUntilIdle();

        Assert.That(work.Arguments, Is.EqualTo(new long[] { 4, 3, 2, 1 }));
    }

    [Test]
    public void RunUntil_RunsDueWorkInTimeOrderAndStandsAtTheTarget()
    {
        var work = new RecordingWork(_kernel);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(30), work, 30);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(10), work, 10);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(20), work, 20);

        RunOutcome outcome = _kernel.RunUntil(Some.Start.AddSeconds(25));

        Assert.Multiple(() =>
        {
            Assert.That(work.Runs, Is.EqualTo(new[] { (Some.Start.AddSeconds(10), 10L), (Some.Start.AddSeconds(20), 20L) }));
            Assert.That(outcome, Is.EqualTo(new RunOutcome(RunStopReason.ReachedTime, 2, Some.Start.AddSeconds(25))));
            Assert.That(_kernel.Now, Is.EqualTo(Some.Start.AddSeconds(25)));
            Assert.That(_kernel.PendingCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void RunUntil_IncludesWorkDueExactlyAtTheTarget()
    {
        var work = new RecordingWork(_kernel);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(10), work, 1);

        _kernel.RunFor(TimeSpan.FromSeconds(10));

        Assert.That(work.Arguments, Is.EqualTo(new long[] { 1 }));
    }

    [Test]
    public void RunUntilIdle_LeavesTheClockAtTheLastWork()
    {
        var work = new RecordingWork(_kernel);
        _kernel.EnqueueAfter(TimeSpan.FromMinutes(3), work);

        RunOutcome outcome = _kernel.RunUntilIdle();

        Assert.That(outcome, Is.EqualTo(new RunOutcome(RunStopReason.Idle, 1, Some.Start.AddMinutes(3))));
    }

    [Test]
    public void RunUntil_Backwards_ThrowsWithTheCurrentTime()
    {
        _kernel.RunFor(TimeSpan.FromSeconds(60));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _kernel.RunUntil(Some.Start));

        Assert.That(error!.Message, Does.Contain("2017-08-17T12:42:04.0000000Z"));
    }

    [Test]
    public void RunFor_FromInsideWork_ThrowsWithTheCurrentTime()
    {
        Exception? caught = null;
        var work = new RecordingWork(_kernel, _ => caught = Assert.Catch(() => _kernel.RunFor(TimeSpan.FromSeconds(1))));
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(2), work);

        _kernel.RunUntilIdle();

        Assert.That(caught, Is.TypeOf<InvalidOperationException>());
        Assert.That(caught!.Message, Does.Contain("already running").And.Contain("2017-08-17T12:41:06.0000000Z"));
    }

    [Test]
    public void Enqueue_BeforeNow_Throws()
    {
        _kernel.RunFor(TimeSpan.FromSeconds(10));

        Assert.Throws<ArgumentOutOfRangeException>(() => _kernel.Enqueue(Some.Start, new RecordingWork(_kernel)));
    }

    [Test]
    public void WorkCanScheduleMoreWork_AtTheSameInstant_AfterEverythingAlreadyQueuedThere()
    {
        RecordingWork? work = null;
        work = new RecordingWork(_kernel, argument =>
        {
            if (argument == 1)
            {
                _kernel.EnqueueAfter(TimeSpan.Zero, work!, 3);
            }
        });
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(1), work, 1);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(1), work, 2);

        _kernel.RunUntilIdle();

        Assert.That(work.Arguments, Is.EqualTo(new long[] { 1, 2, 3 }));
    }

    [Test]
    public void RunUntil_StopCondition_EndsTheRunAtThatWork()
    {
        var work = new RecordingWork(_kernel);
        for (int i = 1; i <= 5; i++)
        {
            _kernel.EnqueueAfter(TimeSpan.FromSeconds(i), work, i);
        }

        RunOutcome outcome = _kernel.RunUntil(Some.Start.AddHours(1), stopWhen: () => work.Runs.Count == 3);

        Assert.That(outcome, Is.EqualTo(new RunOutcome(RunStopReason.StopConditionMet, 3, Some.Start.AddSeconds(3))));
        Assert.That(_kernel.PendingCount, Is.EqualTo(2));
    }

    [Test]
    public void RequestStop_FromWork_EndsTheRunAndTheNextRunContinues()
    {
        var work = new RecordingWork(_kernel, argument =>
        {
            if (argument == 2)
            {
                _kernel.RequestStop();
            }
        });
        for (int i = 1; i <= 4; i++)
        {
            _kernel.EnqueueAfter(TimeSpan.FromSeconds(i), work, i);
        }

        RunOutcome first = _kernel.RunUntilIdle();
        RunOutcome second = _kernel.RunUntilIdle();

        Assert.That(first.Reason, Is.EqualTo(RunStopReason.StopRequested));
        Assert.That(first.ClockAt, Is.EqualTo(Some.Start.AddSeconds(2)));
        Assert.That(second, Is.EqualTo(new RunOutcome(RunStopReason.Idle, 2, Some.Start.AddSeconds(4))));
    }

    [Test]
    public void WorkThatThrows_PropagatesAndLeavesTheKernelUsable()
    {
        var work = new RecordingWork(_kernel, argument =>
        {
            if (argument == 1)
            {
                throw new InvalidOperationException("boom");
            }
        });
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(1), work, 1);
        _kernel.EnqueueAfter(TimeSpan.FromSeconds(2), work, 2);

        Assert.Throws<InvalidOperationException>(() => _kernel.RunUntilIdle());
        RunOutcome rest = _kernel.RunUntilIdle();

        Assert.That(rest.Executed, Is.EqualTo(1));
        Assert.That(work.Arguments, Is.EqualTo(new long[] { 1, 2 }));
    }
}
