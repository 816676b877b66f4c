using LvalertTest.Cli.Tests.Support;

namespace LvalertTest.Cli.Tests.Commands;

public class RunCommandTests
{
    private string _out = null!;

    private static string MinimalScenario => Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml");

    [SetUp]
    public void MakeOutputDirectory() => _out = Directory.CreateTempSubdirectory("lvalerttest-cli-").FullName;

    [TearDown]
    public void RemoveOutputDirectory() => Directory.Delete(_out, recursive: true);

    [Test]
    public void Run_ScenarioWhoseExpectationsHold_ExitsZeroAndWritesOutputs()
    {
        CliRun run = CliRun.Of("run", MinimalScenario, "--seed", "42", "--out", _out);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(run.Output, Does.StartWith("minimal-gstlal seed=42: 3 events, "));
        Assert.That(run.Output, Does.Contain("expectations: 1 passed, 0 failed"));
        Assert.That(File.Exists(Path.Combine(_out, "summary.json")), Is.True);
        Assert.That(File.Exists(Path.Combine(_out, "timeline.csv")), Is.True);
    }

    [Test]
    public void Run_FailedExpectation_ExitsOneAndPrintsTheSeed()
    {
        string scenario = Path.Combine(_out, "wrong.yaml");
        File.WriteAllText(scenario, File.ReadAllText(MinimalScenario).Replace("events: 3", "events: 5", StringComparison.Ordinal));

        CliRun run = CliRun.Of("run", scenario, "--out", Path.Combine(_out, "run"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), run.ToString());
        Assert.That(run.Error.Trim(), Is.EqualTo("FAILED events: expected 5, got 3 (seed=42)"));
    }

    [Test]
    public void Run_InvalidScenario_ExitsTwoWithOneLineNamingFileAndField()
    {
        string scenario = Path.Combine(_out, "bad.yaml");
        File.WriteAllText(scenario, File.ReadAllText(MinimalScenario).Replace("rate_per_hour: 30", "rate_per_hour: 0", StringComparison.Ordinal));

        CliRun run = CliRun.Of("run", scenario);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error, Is.EqualTo($"error: {scenario}: line 10: arrivals.rate_per_hour: must be positive, got 0{Environment.NewLine}"));
    }

    [Test]
    public void Run_HealthyScenarioWithAFollowUpThatNeverHappens_ExitsOneNamingTheFailedChecks()
    {
        string scenario = BrokenCopy("er10-igwn-disk.yaml", "generator: CWB, far: 1.0e-8 }", "generator: CWB, far: 1.0e-8, overrides: { cwbPE.skymap: { prob: 0 } } }");

        CliRun run = CliRun.Of("run", scenario, "--out", Path.Combine(_out, "run"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), run.ToString());
        Assert.That(run.Error.Trim(), Is.EqualTo("FAILED counts.checks_failed: expected 0, got 3 (seed=3)"));
        Assert.That(File.ReadAllLines(Path.Combine(_out, "run", "emails.jsonl")).Count(l => l.Contains("cWBPESkymap requires attention", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    public void Run_ScenarioWithAnExpectationMoved_ExitsOneShowingWhenItReallyHappened()
    {
        string scenario = BrokenCopy("er10-skymap-missing.yaml", "within: [90s, 100s]", "within: [0s, 60s]");

        CliRun run = CliRun.Of("run", scenario, "--out", Path.Combine(_out, "run"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed), run.ToString());
        Assert.That(run.Error.Trim(), Does.Match(@"^FAILED email 'G000001: bayestarSkymap requires attention' to REDACTED@example\.org within \[0s, 60s\]: expected 1 matching, got 0 matching \(same subject at \+9\d(\.\d+)?s\) \(seed=90\)$"));
    }

    [Test]
    public void Run_ScenarioWhoseSupervisorConfigIsBroken_ExitsTwoNamingScenarioAndConfig()
    {
        string processFile = Path.Combine(_out, "listen.ini");
        File.WriteAllText(processFile, "[a]\nnodes = cbc_gstlal\nchildConfig = a.ini\n[b]\nnodes = cbc_gstlal\nchildConfig = b.ini\n");
        string scenario = Path.Combine(_out, "s.yaml");
        File.WriteAllText(scenario, File.ReadAllText(MinimalScenario) + $"supervisor: {{ listen: {processFile} }}\n");

        CliRun run = CliRun.Of("run", scenario, "--out", Path.Combine(_out, "run"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error.Trim(), Does.StartWith($"error: {scenario}: supervisor: {processFile}").And.Contain("cbc_gstlal").And.Not.Contain("\n"));
    }

    /// <summary>A copy of a checked-in scenario with one edit, its supervisor config paths made absolute.</summary>
    private string BrokenCopy(string name, string replace, string with)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, name));
        Assert.That(text, Does.Contain(replace), "the edit must apply");
        string copy = Path.Combine(_out, name);
        File.WriteAllText(copy, text.Replace(replace, with, StringComparison.Ordinal).Replace(" supervisor/", " " + Path.Combine(RepositoryPaths.Scenarios, "supervisor") + "/", StringComparison.Ordinal));
        return copy;
    }

    [TestCase("run")]
    [TestCase("run", "x.yaml", "--seed", "abc")]
    [TestCase("frobnicate")]
    public void BadArguments_ExitTwoWithOneLine(params string[] args)
    {
        CliRun run = CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.StartWith("error: "));
    }

    [TestCase("--help")]
    [TestCase("run", "--help")]
    public void Help_ExitsZeroAndDescribesTheVerbs(params string[] args)
    {
        CliRun run = CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(run.Output, Does.Contain("run"));
        Assert.That(run.Output, Does.Contain("Usage:"));
    }
}
