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
            Assert.That((scenario.Expect.Events, scenario.Expect.Actions, scenario.Expect.Digest, scenario.Expect.Emails.Count, scenario.Expect.QueueEmpty), Is.EqualTo(((long?)2, (long?)null, (string?)null, 0, (bool?)null)));
        });
    }

    [TestCase("rate_per_hour: 60", "rate_per_hour: -1", "t.yaml: arrivals.rate_per_hour: must be positive, got -1")]
    [TestCase("process: uniform", "process: bursty", "t.yaml: arrivals.process: must be poisson or uniform, got 'bursty'")]
    [TestCase("count: 2 }", "count: 2, duration: 1h }", "t.yaml: arrivals: give exactly one of count or duration")]
    [TestCase("start: 2017-08-17T12:41:04Z", "start: yesterday", "t.yaml: start: must be an ISO 8601 time such as 2017-08-17T12:41:04Z, got 'yesterday'")]
    [TestCase("name: t", "name: ''", "t.yaml: name: is required")]
    [TestCase("prob: 0.5", "prob: 1.5", "t.yaml: events[0].steps[0].prob: must be in [0, 1], got 1.5")]
    [TestCase("at: 20, label", "at: 20, log: x, label", "t.yaml: events[0].steps[1]: give exactly one of log, label, unlabel or voevent")]
    [TestCase("at: 30, unlabel", "jitter: -2, at: 30, unlabel", "t.yaml: events[0].steps[2].jitter: must be zero or more seconds, got -2")]
    [TestCase("    pipeline: gstlal\n", "", "t.yaml: events[0].pipeline: is required")]
    [TestCase("count: 2 }", "duration: soon }", "t.yaml: arrivals.duration: must be a positive duration like 90s, 15m, 6h, 7d; got 'soon'")]
    [TestCase("expect: { events: 2 }", "expect: { events: -2 }", "t.yaml: expect.events: must be zero or more, got -2")]
    public void Parse_BadField_FailsWithOneLineNamingFileAndField(string replace, string with, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace(replace, with), "t.yaml"));

        Assert.That(WithoutLine(error!.Message), Is.EqualTo(message));
    }

    [TestCase("supervisor: { listen: a.ini, config: b.ini }", "t.yaml: supervisor: give exactly one of listen (an lvalert_listenMP process file) or config (one childConfig)")]
    [TestCase("supervisor: { config: no-such-es.ini }", "t.yaml: supervisor.config: no such file: {dir}/no-such-es.ini")]
    [TestCase("supervisor: { config: es.ini, gracedb: pigeon }", "t.yaml: supervisor.gracedb: must be direct or http, got 'pigeon'")]
    [TestCase("dialect: xmpp", "t.yaml: dialect: must be legacy or igwn, got 'xmpp'")]
    [TestCase("store: cloud", "t.yaml: store: must be memory or disk, got 'cloud'")]
    [TestCase("faults: { crashes: [ { at: 10m } ] }", "t.yaml: faults.crashes: needs a supervisor to act on (supervisor: listen or config)")]
    [TestCase("faults: { alerts: { drop: 0.5 } }", "t.yaml: faults.alerts: needs a supervisor to act on (supervisor: listen or config)")]
    [TestCase("{SUP}faults: { alerts: { drop: 1.5 } }", "t.yaml: faults.alerts.drop: must be in [0, 1], got 1.5")]
    [TestCase("{SUP}faults: { alerts: { delay: soon } }", "t.yaml: faults.alerts.delay: must be a duration like 90s, 15m, 6h, 7d; got 'soon'")]
    [TestCase("{SUP}faults: { crashes: [ { restart_after: 1m } ] }", "t.yaml: faults.crashes[0].at: is required (a time after the start, like 10m)")]
    [TestCase("expect: { emails: [ { count: 1 } ] }", "t.yaml: expect.emails[0]: say which e-mails: subject, subject_contains, graceid or to")]
    [TestCase("expect: { emails: [ { graceid: X1 } ] }", "t.yaml: expect.emails[0].graceid: 'X1' is not a GraceID (like G000001)")]
    [TestCase("expect: { emails: [ { subject: s, within: [10m] } ] }", "t.yaml: expect.emails[0].within: must be [from, until] after the start, like [0s, 10m] (- for an open end)")]
    [TestCase("expect: { emails: [ { subject: s, within: [10m, 1m] } ] }", "t.yaml: expect.emails[0].within: from is after until")]
    [TestCase("expect: { latency: { median: 10s } }", "t.yaml: expect.latency.median: a percentile is named p50, p95, p99.9 (in (0, 100])")]
    [TestCase("expect: { latency: { p95: fast } }", "t.yaml: expect.latency.p95: must be a duration like 90s, 15m; got 'fast'")]
    [TestCase("expect: { counts: { mails: 3 } }", "t.yaml: expect.counts.mails: unknown count (known: alerts, annotations, checks, checks_failed, emails, errors, events, items)")]
    [TestCase("expect: { labels: [ { has: [EM_READY] } ] }", "t.yaml: expect.labels[0].graceid: is required")]
    public void Parse_BadSupervisorFaultOrExpectation_NamesTheField(string section, string message)
    {
        string supervisor = $"supervisor: {{ config: {Path.Combine(RepositoryPaths.Scenarios, "supervisor", "ER10-eventSupervisor_CBC.ini")} }}\n";
        string yaml = Valid.Replace("expect: { events: 2 }", string.Empty, StringComparison.Ordinal) + "\n" + section.Replace("{SUP}", supervisor, StringComparison.Ordinal) + "\n";

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "t.yaml"));

        Assert.That(WithoutLine(error!.Message), Is.EqualTo(message.Replace("{dir}", Directory.GetCurrentDirectory(), StringComparison.Ordinal)));
    }

    [Test]
    public void Parse_SupervisorFaultsAndExpectations_AreRead()
    {
        string config = Path.Combine(RepositoryPaths.Scenarios, "supervisor", "ER10-eventSupervisor_CBC.ini");
        string yaml = Valid.Replace("expect: { events: 2 }", string.Empty, StringComparison.Ordinal) + $$"""

            supervisor: { config: {{config}}, nodes: [cbc_gstlal] }
            dialect: igwn
            store: disk
            faults:
              alerts: { drop: 0.1, duplicate: 0.2, reorder: 0.3, reorder_by: 1m, delay: 2s, delay_jitter: 0.5s }
              crashes: [ { at: 1h, restart_after: 5m } ]
            expect:
              queue_empty: true
              emails: [ { subject: "G000001: far succeeded", to: [a@b.org], within: [0s, 1h], count: 1 } ]
              annotations: [ { graceid: G000002, contains: "ES: action required" } ]
              items: [ { item: "bayestar start", count: 2 } ]
              labels: [ { graceid: G000001, has: [H1OPS], absent: [DQV] } ]
              latency: { p95: 2m, p50: 30s }
              counts: { emails: 3, alerts: 10 }
            """;

        Scenario scenario = ScenarioLoader.Parse(yaml, "t.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Supervisor, Is.EqualTo(new SupervisorSetup(null, config, ["cbc_gstlal"])).Using<SupervisorSetup>((a, b) => a.ChildConfig == b.ChildConfig && a.ProcessFile == b.ProcessFile && a.Nodes.SequenceEqual(b.Nodes)));
            Assert.That((scenario.Dialect, scenario.Store), Is.EqualTo((Core.Alerts.AlertDialect.Igwn, StoreKind.Disk)));
            Assert.That(scenario.AlertFaults, Is.EqualTo(new AlertFaults(0.1, 0.2, 0.3, TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(1))));
            Assert.That(scenario.Crashes, Is.EqualTo(new[] { new SupervisorCrash(TimeSpan.FromHours(1), TimeSpan.FromMinutes(5)) }));
            ScenarioExpectations e = scenario.Expect;
            Assert.That(e.QueueEmpty, Is.True);
            Assert.That(e.Emails.Single() with { To = [] }, Is.EqualTo(new EmailExpectation("G000001: far succeeded", null, [], null, new TimeWindow(TimeSpan.Zero, TimeSpan.FromHours(1)), 1)));
            Assert.That(e.Emails.Single().To, Is.EqualTo(new[] { "a@b.org" }));
            Assert.That(e.Annotations.Single(), Is.EqualTo(new AnnotationExpectation("G000002", null, "ES: action required", TimeWindow.Always, null)));
            Assert.That(e.Items.Single(), Is.EqualTo(new ItemExpectation(null, "bayestar start", 2)));
            Assert.That((e.Labels.Single().GraceId, e.Labels.Single().Labels, e.Labels.Single().Absent), Is.EqualTo(("G000001", new[] { "H1OPS" }, new[] { "DQV" })));
            Assert.That(e.Latency, Is.EqualTo(new[] { new LatencyBound(50, TimeSpan.FromSeconds(30)), new LatencyBound(95, TimeSpan.FromMinutes(2)) }));
            Assert.That(e.Counts, Is.EqualTo(new[] { new CountExpectation("alerts", 10), new CountExpectation("emails", 3) }));
        });
    }

    [TestCase("{ status: 418 }", "t.yaml: faults.failures[0].status: a fault status must be one of 0, 408, 409, 429, 500, 502, 503, 504 (0 = connection reset)")]
    [TestCase("{ status: 503, prob: 2 }", "t.yaml: faults.failures[0].prob: a fault probability must be in [0, 1]")]
    [TestCase("{ status: 503, operations: [Explode] }", "t.yaml: faults.failures[0].operations: 'Explode' is not a GraceDb call (CreateEvent, Event, Events, WriteLog, Logs, Labels, AddLabel, RemoveLabel, Files, FileContents, CreateSignoff, Signoffs, CreateVoEvent, VoEvents)")]
    [TestCase("{ prob: 0.5 }", "t.yaml: faults.failures[0].status: is required (408, 409, 429, 500, 502, 503, 504, or 0 for a connection reset)")]
    public void Parse_BadFault_NamesTheField(string failure, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid + "\nfaults:\n  failures:\n    - " + failure + "\n", "t.yaml"));

        Assert.That(WithoutLine(error!.Message), Is.EqualTo(message));
    }

    [Test]
    public void Parse_NegativeLatency_NamesTheField()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid + "\nfaults:\n  latency: { mean: -1 }\n", "t.yaml"));

        Assert.That(error!.Message, Is.EqualTo("t.yaml: line 16: faults.latency.mean: must be zero or more seconds, got -1"));
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
        Assert.That(e.Message, Does.StartWith($"g.yaml: line 5: {field}: ").And.Contain(problem).And.Not.Contain("\n"));
    }

    [TestCase("    pipeline: gstlal\n", "", 6, "events[0].pipeline")]              // missing: the enclosing event's line
    [TestCase("prob: 0.5", "prob: 1.5", 11, "events[0].steps[0].prob")]
    [TestCase("rate_per_hour: 60", "rate_per_hour: 0", 4, "arrivals.rate_per_hour")]
    [TestCase("expect: { events: 2 }", "expect: { events: -2 }", 14, "expect.events")]
    public void Parse_BadField_NamesTheLineToFix(string replace, string with, int line, string field)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace(replace, with, StringComparison.Ordinal), "t.yaml"))!;

        Assert.That((error.Line, error.Field), Is.EqualTo(((int?)line, field)));
        Assert.That(error.Message, Does.StartWith($"t.yaml: line {line}: {field}: "));
    }

    /// <summary>The message without its "line N: " part, for the tests about which field and problem are named.</summary>
    private static string WithoutLine(string message) => System.Text.RegularExpressions.Regex.Replace(message, @"^([^:]+): line \d+: ", "$1: ");
}
