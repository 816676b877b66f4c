using System.Text.Json.Nodes;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Tests.Engine;

/// <summary>An in-process GraceDb publishes during the engine's own work: that alert waits until the work is done.</summary>
public class ReentrantAlertTests
{
    [Test]
    public void Receive_AnAlertPublishedWhileHandlingAnother_IsHandledAfterIt()
    {
        var kernel = new SimulationKernel(new DateTimeOffset(2017, 8, 17, 12, 41, 4, TimeSpan.Zero));
        var seen = new List<string>();
        SupervisorEngine? engine = null;
        var type = new Echo(seen, () => engine!.Receive("n", """{"uid":"G2","alert_type":"update"}"""));
        using (engine = new SupervisorEngine(type, new EngineOptions { Host = "h" }, new RecordedOutbox(), new RecordingLog(), kernel.Clock))
        {
            engine.Receive("n", """{"uid":"G1","alert_type":"new"}""");
        }

        Assert.That(seen, Is.EqualTo(new[] { "begin G1", "end G1", "begin G2", "end G2" }));
    }

    private sealed class Echo(List<string> seen, Action publish) : IProcessType
    {
        public string Name => "echo";

        public void Handle(JsonObject alert, DateTimeOffset t0, SortedQueue queue)
        {
            string uid = alert["uid"]!.ToString();
            seen.Add("begin " + uid);
            if (uid == "G1")
            {
                publish();
            }

            seen.Add("end " + uid);
        }
    }
}
