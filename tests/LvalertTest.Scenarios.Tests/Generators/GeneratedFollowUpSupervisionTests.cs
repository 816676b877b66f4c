using LvalertTest.Core.Alerts;
using LvalertTest.Core.Config;
using LvalertTest.FakeGraceDb;
using LvalertTest.Scenarios.Running;
using LvalertTest.Simulation.Generators;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Scenarios.Tests.Generators;

/// <summary>
/// The issue's criterion: a generated event's whole follow-up, run through an in-memory fake GraceDb into the event
/// supervisor with the production ER10 config of its kind, draws no failure e-mail when healthy, and the right one
/// when a step is made to fail. Alerts reach the supervisor 1 s after they are published (lvalert's delivery).
/// </summary>
public class GeneratedFollowUpSupervisionTests
{
    private static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);

    [TestCase("gstlal", "ER10-eventSupervisor_CBC.ini", 1L)]
    [TestCase("gstlal", "ER10-eventSupervisor_CBC.ini", 2L)]
    [TestCase("CWB", "ER10-eventSupervisor_cWB.ini", 1L)]
    [TestCase("LIB", "ER10-eventSupervisor_oLIB.ini", 1L)]
    public void HealthyGeneratedEvent_DrawsNoFailureMail(string set, string config, long seed)
    {
        Run result = Supervise(GeneratorSets.Find(set)!, config, seed);

        Assert.That(result.Mails.Where(m => !m.Subject.StartsWith("new GraceDb Event", StringComparison.Ordinal)).Select(m => m.Subject), Is.Empty);
        Assert.That(result.Outcomes.Where(o => o.ActionRequired != false).Select(o => $"{o.Item}.{o.Task}: {o.Warning}"), Is.Empty);
        Assert.That(result.Outcomes, Has.Count.GreaterThan(40), "the follow-up was checked item by item");
        Assert.That(result.Outcomes.Count(o => o.Task == "skymapSanity"), Is.GreaterThan(0), "sky maps were uploaded and read");
        Assert.That(result.QueueLeft, Is.Zero);
    }

    [TestCase("gstlal", "ER10-eventSupervisor_CBC.ini", "bayestar.skymap", "bayestarSkymap")]
    [TestCase("gstlal", "ER10-eventSupervisor_CBC.ini", "idq.fap", "idqGlitchFAP")]
    [TestCase("CWB", "ER10-eventSupervisor_cWB.ini", "cwbPE.skymap", "cWBPESkymap")]
    [TestCase("LIB", "ER10-eventSupervisor_oLIB.ini", "segDB2grcDB.start", "segDB2grcDBStart")]
    public void StepWithProbabilityZero_DrawsThatCheckFailureMail(string set, string config, string step, string task)
    {
        Run result = Supervise(GeneratorSets.Find(set)!.WithOverride(step, new StepOverride(Prob: 0)), config, 1);

        Assert.That(result.Mails.Select(m => m.Subject), Has.Some.Match($@"^[A-Z]\d{{6}}: {task} requires attention$"));
    }

    private sealed record Run(IReadOnlyList<Email> Mails, IReadOnlyList<CheckOutcome> Outcomes, int QueueLeft);

    private static Run Supervise(GeneratorSet set, string configName, long seed)
    {
        string path = RepositoryPaths.Fixture("eventsupervisor-configs", configName);
        var config = new EsConfig(IniDocument.Parse(File.ReadAllText(path), path));
        var kernel = new SimulationKernel(T0);
        using FileSystemGraceDb db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = kernel.Clock });
        var outbox = new RecordedOutbox();
        var outcomes = new List<CheckOutcome>();
        var context = new EsContext(db, config, outbox, new RecordingLog(), outcomes.Add);
        using var engine = new SupervisorEngine(new EventSupervisorProcessType(context), new EngineOptions { Host = "h" }, outbox, new RecordingLog(), kernel.Clock);
        db.Subscribe(new DelayedDelivery(kernel, engine, TimeSpan.FromSeconds(1)));

        var facts = new EventFacts(1187008882.4457, 1e-9, ["H1", "L1"]);
        Schedule schedule = set.Build(new EventHandle("event"), facts, new RandomStreams(seed).Stream("event"));
        var sink = new GraceDbSink(db, _ => { });
        ScheduleDriver.Submit(kernel, schedule, kernel.Now, sink);
        kernel.RunFor(TimeSpan.FromDays(8));

        Assert.That(sink.Errors, Is.Zero, "every generated action was accepted by GraceDb");
        return new Run(outbox.Sent.ToList(), outcomes, engine.Queue.Count - engine.Queue.CompleteCount);
    }

    private sealed class DelayedDelivery(SimulationKernel kernel, SupervisorEngine engine, TimeSpan latency) : IAlertPublisher, IDueWork
    {
        private readonly List<Alert> _pending = [];

        public void Publish(Alert alert)
        {
            _pending.Add(alert);
            kernel.Enqueue(kernel.Now + latency, this, _pending.Count - 1);
        }

        public void RunDue(long argument) => engine.Receive(_pending[(int)argument].Node, _pending[(int)argument].Json);
    }
}
