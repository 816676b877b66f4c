using System.Text.Json.Nodes;
using LvalertTest.Cli.Tests.Support;

namespace LvalertTest.Cli.Tests.Commands;

/// <summary>
/// One short O4-like soak (20 simulated minutes), run once for the class, then gated against baselines made from
/// its own summary: as it is, and edited to expect a different digest or a tighter latency.
/// </summary>
public class SoakAndGateCommandTests
{
    private static string O4Like => Path.Combine(RepositoryPaths.Scenarios, "o4-like.yaml");

    private string _root = null!;
    private string _run = null!;
    private CliRun _soak = null!;
    private string _baseline = null!;

    [OneTimeSetUp]
    public void Soak()
    {
        _root = Directory.CreateTempSubdirectory("lvalerttest-soak-").FullName;
        _run = Path.Combine(_root, "run");
        _soak = CliRun.Of("soak", O4Like, "--duration", "20m", "--seed", "7", "--out", _run);
    }

    [OneTimeTearDown]
    public void RemoveRun() => Directory.Delete(_root, recursive: true);

    [SetUp]
    public void FreshBaselinePath() => _baseline = Path.Combine(_root, $"baseline-{TestContext.CurrentContext.Test.ID}.json");

    [Test]
    public void Soak_WritesMetricsPlotsAndSummary_WithPlainProgress()
    {
        Assert.That(_soak.ExitCode, Is.EqualTo(ExitCodes.Success), _soak.ToString());
        Assert.That(_soak.Output, Does.StartWith("o4-like: simulated 2023-05-24T").Or.StartWith("o4-like seed=7: "));
        Assert.That(_soak.Output, Does.Contain("o4-like seed=7: ").And.Contain("compression"));
        string[] metrics = File.ReadAllLines(Path.Combine(_run, "metrics.csv"));
        Assert.That(metrics[0], Does.StartWith("hour,events,alerts,gracedb_writes,queue_depth,emails,checks,latency_p50_s"));
        Assert.That(metrics, Has.Length.GreaterThanOrEqualTo(2));
        Assert.That(Directory.GetFiles(Path.Combine(_run, "plots"), "*.png"), Has.Length.EqualTo(4));
        Assert.That(File.Exists(Path.Combine(_run, "timeline.csv")), Is.False, "a soak leaves out the per-action outputs");
        JsonNode summary = Summary();
        Assert.That(summary["events"]!.GetValue<long>(), Is.GreaterThan(0));
        Assert.That(summary["peak_working_set_bytes"]!.GetValue<long>(), Is.GreaterThan(0));
        Assert.That(summary["hours"]!.GetValue<long>(), Is.EqualTo(metrics.Length - 1));
    }

    [Test]
    public void Gate_OwnRunAsBaseline_Passes()
    {
        File.WriteAllText(_baseline, Summary().ToJsonString());

        CliRun gate = CliRun.Of("gate", _run, "--baseline", _baseline);

        Assert.That(gate.ExitCode, Is.EqualTo(ExitCodes.Success), gate.ToString());
        Assert.That(gate.Output, Does.StartWith("figure").And.Contain("gate: passed"));
    }

    [Test]
    public void Gate_BaselineExpectingAnotherDigest_FailsWithOne()
    {
        JsonNode edited = Summary();
        edited["digest"] = new string('0', 64);
        File.WriteAllText(_baseline, edited.ToJsonString());

        CliRun gate = CliRun.Of("gate", _run, "--baseline", _baseline);

        Assert.That(gate.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), gate.ToString());
        Assert.That(gate.Output, Does.Match(@"(?m)^digest\s+0{64}\s+[0-9a-f]{64}\s+REGRESSED"));
    }

    [Test]
    public void Gate_BaselineWithATighterLatency_FailsWithOne()
    {
        JsonNode edited = Summary();
        edited["latency_p95_seconds"] = edited["latency_p95_seconds"]!.GetValue<double>() / 2;
        File.WriteAllText(_baseline, edited.ToJsonString());

        CliRun gate = CliRun.Of("gate", _run, "--baseline", _baseline);

        Assert.That(gate.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), gate.ToString());
        Assert.That(gate.Output, Does.Match(@"(?m)^latency_p95_seconds\s.*REGRESSED"));
        Assert.That(gate.Output, Does.Not.Match(@"(?m)^digest\s.*REGRESSED"));
    }

    [Test]
    public void Gate_MalformedBaseline_ExitsTwoWithOneLineNamingIt()
    {
        File.WriteAllText(_baseline, "{ not json");

        CliRun gate = CliRun.Of("gate", _run, "--baseline", _baseline);

        Assert.That(gate.ExitCode, Is.EqualTo(ExitCodes.BadInput), gate.ToString());
        Assert.That(gate.Error, Does.StartWith($"error: {_baseline}: is not a run summary"));
        Assert.That(gate.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void Gate_BaselineOfAnotherSeed_ExitsTwo()
    {
        JsonNode edited = Summary();
        edited["seed"] = 8;
        File.WriteAllText(_baseline, edited.ToJsonString());

        CliRun gate = CliRun.Of("gate", _run, "--baseline", _baseline);

        Assert.That(gate.ExitCode, Is.EqualTo(ExitCodes.BadInput), gate.ToString());
        Assert.That(gate.Error, Does.Contain("is a baseline for o4-like seed 8, but the run is o4-like seed 7"));
    }

    [TestCase("0d")]
    [TestCase("soon")]
    public void Soak_BadDuration_ExitsTwoWithOneLine(string duration)
    {
        CliRun run = CliRun.Of("soak", O4Like, "--duration", duration, "--out", Path.Combine(_root, "bad"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error, Is.EqualTo($"error: --duration: must be a positive duration like 6h, 7d, 365d; got '{duration}'{Environment.NewLine}"));
    }

    [Test]
    public void Soak_ScenarioWhoseSupervisorConfigIsBroken_ExitsTwoNamingIt()
    {
        string processFile = Path.Combine(_root, "listen.ini");
        File.WriteAllText(processFile, "[a]\nnodes = cbc_gstlal\nchildConfig = a.ini\n[b]\nnodes = cbc_gstlal\nchildConfig = b.ini\n");
        string scenario = Path.Combine(_root, "broken.yaml");
        File.WriteAllText(scenario, File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml")) + $"supervisor: {{ listen: {processFile} }}\n");

        CliRun run = CliRun.Of("soak", scenario, "--duration", "1h", "--out", Path.Combine(_root, "broken"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error.Trim(), Does.StartWith($"error: {scenario}: supervisor: {processFile}").And.Not.Contain("\n"));
    }

    private JsonNode Summary() => JsonNode.Parse(File.ReadAllText(Path.Combine(_run, "summary.json")))!;
}
