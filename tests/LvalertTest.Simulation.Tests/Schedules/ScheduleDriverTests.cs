using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Simulation.Tests.Support;

namespace LvalertTest.Simulation.Tests.Schedules;

public class ScheduleDriverTests
{
    [Test]
    public void Submit_RunsEachActionAtTZeroPlusDt_InScheduleOrder()
    {
        var kernel = new SimulationKernel(Some.Start);
        var handle = new EventHandle("E1");
        Schedule schedule = Schedule.Of(
            SimAction.At(0, new WriteLog(handle, "a")),
            SimAction.At(5, new WriteLog(handle, "b")),
            SimAction.At(5, new WriteLog(handle, "c")));
        var sink = new RecordingSink();

        ScheduleDriver.Submit(kernel, schedule, Some.Start.AddSeconds(100), sink);
        kernel.RunUntilIdle();

        Assert.That(sink.Executed, Is.EqualTo(new[]
        {
            (Some.Start.AddSeconds(100), "a"), (Some.Start.AddSeconds(105), "b"), (Some.Start.AddSeconds(105), "c"),
        }));
    }

    [Test]
    public void Submit_TwoSchedules_InterleaveByTimeAndBySubmissionOnTies()
    {
        var kernel = new SimulationKernel(Some.Start);
        var first = new EventHandle("E1");
        var second = new EventHandle("E2");
        var sink = new RecordingSink();

        ScheduleDriver.Submit(kernel, Schedule.Of(SimAction.At(0, new WriteLog(first, "1a")), SimAction.At(10, new WriteLog(first, "1b"))), Some.Start, sink);
        ScheduleDriver.Submit(kernel, Schedule.Of(SimAction.At(0, new WriteLog(second, "2a")), SimAction.At(5, new WriteLog(second, "2b"))), Some.Start.AddSeconds(5), sink);
        kernel.RunUntilIdle();

        Assert.That(sink.Executed.Select(e => e.What), Is.EqualTo(new[] { "1a", "2a", "1b", "2b" }));
    }

    [Test]
    public void Submit_OrderIsAsIfEveryActionWereQueuedAtSubmission()
    {
        // The schedule's 10 s action is queued only when its 0 s action runs, after the other work below was
        // queued; its reserved sequence number still puts it first among the 10 s ties.
        var kernel = new SimulationKernel(Some.Start);
        var handle = new EventHandle("E1");
        var order = new List<string>();
        var sink = new RecordingSink(order);
        ScheduleDriver.Submit(kernel, Schedule.Of(SimAction.At(0, new WriteLog(handle, "s0")), SimAction.At(10, new WriteLog(handle, "s10"))), Some.Start, sink);
        var other = new RecordingWork(kernel, _ => order.Add("other10"));
        kernel.EnqueueAfter(TimeSpan.FromSeconds(10), other, priority: WorkPriority.World);

        kernel.RunUntilIdle();

        Assert.That(order, Is.EqualTo(new[] { "s0", "s10", "other10" }));
    }

    [Test]
    public void Submit_KeepsOneQueueEntryPerLiveSchedule()
    {
        var kernel = new SimulationKernel(Some.Start);
        var handle = new EventHandle("E1");
        Schedule schedule = Schedule.From(Enumerable.Range(0, 50).Select(i => SimAction.At(i, new WriteLog(handle, $"l{i}"))));
        var sink = new RecordingSink();

        ScheduleDriver.Submit(kernel, schedule, Some.Start, sink);
        ScheduleDriver.Submit(kernel, schedule, Some.Start.AddSeconds(1), sink);

        Assert.That(kernel.PendingCount, Is.EqualTo(2));
        kernel.RunUntilIdle();
        Assert.That(sink.Executed, Has.Count.EqualTo(100));
    }

    [Test]
    public void Submit_AnActionThatThrows_DoesNotCancelTheRestOfItsSchedule()
    {
        var kernel = new SimulationKernel(Some.Start);
        var handle = new EventHandle("E1");
        var sink = new RecordingSink(failOn: "bad");
        ScheduleDriver.Submit(kernel, Schedule.Of(SimAction.At(0, new WriteLog(handle, "bad")), SimAction.At(1, new WriteLog(handle, "good"))), Some.Start, sink);

        Assert.Throws<InvalidOperationException>(() => kernel.RunUntilIdle());
        kernel.RunUntilIdle();

        Assert.That(sink.Executed.Select(e => e.What), Is.EqualTo(new[] { "bad", "good" }));
    }

    private sealed class RecordingSink(List<string>? order = null, string? failOn = null) : IActionSink
    {
        public List<(DateTimeOffset At, string What)> Executed { get; } = [];

        public void Execute(SimAction action, DateTimeOffset now)
        {
            string comment = ((WriteLog)action.Body).Comment;
            Executed.Add((now, comment));
            order?.Add(comment);
            if (comment == failOn)
            {
                throw new InvalidOperationException("sink failure");
            }
        }
    }
}
