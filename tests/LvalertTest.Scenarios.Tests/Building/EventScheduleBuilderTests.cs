using LvalertTest.Scenarios.Building;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Scenarios.Tests.Building;

public class EventScheduleBuilderTests
{
    private const long Seed = 3;
    private static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);

    [Test]
    public void Build_CreatesTheEventAtZeroThenItsStepsInTimeOrder()
    {
        EventTemplate template = Template(
            new StepTemplate(StepKind.Label, 20, 0, 1, "EM_READY", null, null, []),
            new StepTemplate(StepKind.Log, 10, 0, 1, "strain spectral densities", "psd.xml.gz", "<psd/>", ["psd"]));
        var handle = new EventHandle("e");

        Schedule schedule = EventScheduleBuilder.Build(template, handle, new RandomStreams(Seed).Stream("event"), T0);

        Assert.That(schedule.Select(a => (a.DtSeconds, a.Body.Describe())), Is.EqualTo(new[]
        {
            (0.0, "create Test/gstlal/LowMass from coinc.xml"),
            (10.0, "log \"strain spectral densities\" [psd.xml.gz] tags=psd"),
            (20.0, "label +EM_READY"),
        }));
        Assert.That(schedule.All(a => ReferenceEquals(a.Body.Event, handle)), Is.True);
    }

    [Test]
    public void Build_ProbabilityZero_DropsTheStepWithoutShiftingTheOthers()
    {
        StepTemplate first = new(StepKind.Log, 10, 3, 1, "a", null, null, []);
        StepTemplate second = new(StepKind.Log, 20, 3, 1, "b", null, null, []);
        var streams = new RandomStreams(Seed);

        Schedule both = EventScheduleBuilder.Build(Template(first, second), new EventHandle("e"), streams.Stream("event"), T0);
        Schedule withoutFirst = EventScheduleBuilder.Build(Template(first with { Probability = 0 }, second), new EventHandle("e"), streams.Stream("event"), T0);

        Assert.That(withoutFirst.Select(a => a.Body.Describe()), Is.EqualTo(new[] { both[0].Body.Describe(), "log \"b\"" }));
        Assert.That(withoutFirst[1].Dt, Is.EqualTo(both.Single(a => a.Body.Describe() == "log \"b\"").Dt), $"seed={Seed}");
    }

    [Test]
    public void Build_Jitter_IsDrawnFromTheEventStream()
    {
        EventTemplate template = Template(new StepTemplate(StepKind.Log, 10, 2, 1, "a", null, null, []));
        var streams = new RandomStreams(Seed);

        double[] delays = Enumerable.Range(0, 200)
            .Select(i => EventScheduleBuilder.Build(template, new EventHandle("e"), streams.Stream("event", i), T0)[1].DtSeconds)
            .ToArray();

        Assert.That(delays.Distinct().Count(), Is.EqualTo(200));
        Assert.That(delays.Average(), Is.EqualTo(10).Within(0.5), $"seed={Seed}");
    }

    [Test]
    public void Build_WithoutContent_MakesThePipelinesUploadAtTheCreationTime()
    {
        EventTemplate template = Template() with { FileContent = string.Empty, Far = 2.5e-8 };

        var create = (CreateEvent)EventScheduleBuilder.Build(template, new EventHandle("e"), new RandomStreams(Seed).Stream("event"), T0)[0].Body;

        // GW170817's creation time 12:41:04 UTC is GPS 1187008882.
        Assert.That(create.FileContent, Does.Contain("<LIGO_LW>").And.Contain("\"H1,L1\",1187008882,0,").And.Contain(",64,").And.Contain(",2.5E-08,2.5E-08,"));
    }

    private static EventTemplate Template(params StepTemplate[] steps) =>
        new("gstlal", 1, "Test", "gstlal", "LowMass", "coinc.xml", "<coinc/>", [], steps);
}
