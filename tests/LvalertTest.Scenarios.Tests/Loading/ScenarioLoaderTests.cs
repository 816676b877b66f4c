using LvalertTest.Scenarios.Loading;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Arrivals;

namespace LvalertTest.Scenarios.Tests.Loading;

public class ScenarioLoaderTests
{
    private const string Valid = """
        name: t
        seed: 5
        start: 2017-08-17T12:41:04Z
        arrivals: { process: uniform, rate_per_hour: 60, count: 2 }
        events:
          - group: Test
            pipeline: gstlal
            search: LowMass
            file: coinc.xml
            steps:
              - { at: 10, jitter: 1, prob: 0.5, log: "strain spectral densities", file: psd.xml.gz, tags: [psd] }
              - { at: 20, label: EM_READY }
              - { at: 30, unlabel: EM_READY }
        expect: { events: 2 }
        """;

    [Test]
    public void Parse_ValidScenario_ReadsEveryField()
    {
        Scenario scenario = ScenarioLoader.Parse(Valid, "t.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Seed, Is.EqualTo(5));
            Assert.That(scenario.Start, Is.EqualTo(new DateTimeOffset(2017, 8, 17, 12, 41, 4, TimeSpan.Zero)));
            Assert.That(scenario.Arrivals.Kind, Is.EqualTo(ArrivalKind.Uniform));
            Assert.That(scenario.Arrivals.RatePerSecond, Is.EqualTo(1.0 / 60));
            Assert.That(scenario.Arrivals.Count, Is.EqualTo(2));
            EventTemplate gstlal = scenario.Events.Single();
            Assert.That((gstlal.Name, gstlal.Group, gstlal.Pipeline, gstlal.Search, gstlal.FileName), Is.EqualTo(("Test/gstlal", "Test", "gstlal", "LowMass", "coinc.xml")));
            Assert.That(gstlal.Steps[0], Is.EqualTo(new StepTemplate(StepKind.Log, 10, 1, 0.5, "strain spectral densities", "psd.xml.gz", null, gstlal.Steps[0].Tags)));
            Assert.That(gstlal.Steps[0].Tags, Is.EqualTo(new[] { "psd" }));
            Assert.That(gstlal.Steps.Select(s => s.Kind), Is.EqualTo(new[] { StepKind.Log, StepKind.Label, StepKind.Unlabel }));
            Assert.That(scenario.Expect, Is.EqualTo(new ScenarioExpectations(2, null, null)));
        });
    }

    [TestCase("rate_per_hour: 60", "rate_per_hour: -1", "t.yaml: arrivals.rate_per_hour: must be positive, got -1")]
    [TestCase("process: uniform", "process: bursty", "t.yaml: arrivals.process: must be poisson or uniform, got 'bursty'")]
    [TestCase("count: 2 }", "count: 2, duration: 1h }", "t.yaml: arrivals: give exactly one of count or duration")]
    [TestCase("start: 2017-08-17T12:41:04Z", "start: yesterday", "t.yaml: start: must be an ISO 8601 time such as 2017-08-17T12:41:04Z, got 'yesterday'")]
    [TestCase("name: t", "name: ''", "t.yaml: name: is required")]
    [TestCase("prob: 0.5", "prob: 1.5", "t.yaml: events[0].steps[0].prob: must be in [0, 1], got 1.5")]
    [TestCase("at: 20, label", "at: 20, log: x, label", "t.yaml: events[0].steps[1]: give exactly one of log, label or unlabel")]
    [TestCase("at: 30, unlabel", "jitter: -2, at: 30, unlabel", "t.yaml: events[0].steps[2].jitter: must be zero or more seconds, got -2")]
    [TestCase("    pipeline: gstlal\n", "", "t.yaml: events[0].pipeline: is required")]
    [TestCase("count: 2 }", "duration: soon }", "t.yaml: arrivals.duration: must be a positive duration like 90s, 15m, 6h, 7d; got 'soon'")]
    [TestCase("expect: { events: 2 }", "expect: { events: -2 }", "t.yaml: expect.events: must be zero or more, got -2")]
    public void Parse_BadField_FailsWithOneLineNamingFileAndField(string replace, string with, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace(replace, with), "t.yaml"));

        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [TestCase("{ status: 418 }", "t.yaml: faults.failures[0].status: a fault status must be one of 0, 408, 409, 429, 500, 502, 503, 504 (0 = connection reset)")]
    [TestCase("{ status: 503, prob: 2 }", "t.yaml: faults.failures[0].prob: a fault probability must be in [0, 1]")]
    [TestCase("{ status: 503, operations: [Explode] }", "t.yaml: faults.failures[0].operations: 'Explode' is not a GraceDb call (CreateEvent, Event, Events, WriteLog, Logs, Labels, AddLabel, RemoveLabel, Files, FileContents, CreateSignoff, Signoffs, CreateVoEvent, VoEvents)")]
    [TestCase("{ prob: 0.5 }", "t.yaml: faults.failures[0].status: is required (408, 409, 429, 500, 502, 503, 504, or 0 for a connection reset)")]
    public void Parse_BadFault_NamesTheField(string failure, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid + "\nfaults:\n  failures:\n    - " + failure + "\n", "t.yaml"));

        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [Test]
    public void Parse_NegativeLatency_NamesTheField()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid + "\nfaults:\n  latency: { mean: -1 }\n", "t.yaml"));

        Assert.That(error!.Message, Is.EqualTo("t.yaml: faults.latency.mean: must be zero or more seconds, got -1"));
    }

    [Test]
    public void Parse_Faults_ReadsTheRules()
    {
        Scenario scenario = ScenarioLoader.Parse(Valid + "\nfaults:\n  failures:\n    - { status: 0, prob: 0.25, operations: [WriteLog, AddLabel], from: 2017-08-17T13:00:00Z }\n", "t.yaml");

        FakeGraceDb.Faults.FaultRule rule = scenario.Faults!.Rules.Single();
        Assert.That((rule.Status, rule.Probability, rule.From), Is.EqualTo((0, 0.25, (DateTimeOffset?)new DateTimeOffset(2017, 8, 17, 13, 0, 0, TimeSpan.Zero))));
        Assert.That(rule.Operations, Is.EqualTo(new[] { FakeGraceDb.Faults.GraceDbOperation.WriteLog, FakeGraceDb.Faults.GraceDbOperation.AddLabel }));
    }

    [Test]
    public void Parse_UnknownKey_NamesItsLine()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace("seed: 5", "seeed: 5"), "t.yaml"));

        Assert.That(error!.Message, Does.StartWith("t.yaml: line 2, column 1: ").And.Contain("seeed"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void Parse_MalformedYaml_IsAScenarioException()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("name: [unclosed", "bad.yaml"));

        Assert.That(error!.Message, Does.StartWith("bad.yaml: line "));
    }

    [Test]
    public void Parse_EmptyFile_SaysSo()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(string.Empty, "empty.yaml"));

        Assert.That(error!.Message, Is.EqualTo("empty.yaml: (document): the file is empty"));
    }

    [Test]
    public void Load_MissingFile_NamesTheFile()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("/nonexistent/x.yaml"));

        Assert.That(error!.Message, Does.StartWith("/nonexistent/x.yaml: (file): cannot read"));
    }

    [Test]
    public void GeneratorEventKind_BuildsFromTheSet_WithOverrides()
    {
        const string yaml = "name: g\nstart: 2017-08-17T12:41:04Z\narrivals: { rate_per_hour: 1, count: 1 }\nevents:\n  - { name: gstlal, weight: 3, generator: gstlal, far: 1e-9, overrides: { bayestar.skymap: { prob: 0 } } }\n";

        var scenario = ScenarioLoader.Parse(yaml, "g.yaml");

        Assert.That(scenario.Events[0].Generated!.Set.Find("bayestar")!.Settings.Steps["skymap"].Prob, Is.Zero);
        Assert.That(scenario.Events[0].Pipeline, Is.EqualTo("gstlal"));
        Assert.That(scenario.Events[0].Weight, Is.EqualTo(3));
    }

    [TestCase("generator: gstlol", "events[0].generator", "no generator set 'gstlol'")]
    [TestCase("generator: gstlal, overrides: { bayestar.skymp: { prob: 0 } }", "events[0].overrides.bayestar.skymp", "generator 'bayestar' has no step 'skymp'")]
    [TestCase("config: missing.ini", "events[0].config", "cannot read")]
    public void BadGeneratorField_IsOneLineNamingFileAndField(string fields, string field, string problem)
    {
        string yaml = "name: g\nstart: 2017-08-17T12:41:04Z\narrivals: { rate_per_hour: 1, count: 1 }\nevents:\n  - { " + fields + " }\n";

        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "g.yaml"))!;

        Assert.That(e.Field, Is.EqualTo(field));
        Assert.That(e.Message, Does.StartWith($"g.yaml: {field}: ").And.Contain(problem).And.Not.Contain("\n"));
    }
}
