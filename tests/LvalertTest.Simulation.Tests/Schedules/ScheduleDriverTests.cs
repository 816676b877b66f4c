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

    private sealed class RecordingSink : IActionSink
    {
        public List<(DateTimeOffset At, string What)> Executed { get; } = [];

        public void Execute(SimAction action, DateTimeOffset now) => Executed.Add((now, ((WriteLog)action.Body).Comment));
    }
}
