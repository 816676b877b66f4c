using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace LvalertTest.Cli.Tests.Scripts;

/// <summary>
/// Runs the repository's run-sim.ps1 in an in-process PowerShell host (no pwsh on these machines) against the
/// lvalerttest.dll built beside these tests.
/// </summary>
public class RunSimScriptTests
{
    private string _out = null!;

    private static string Script => Path.Combine(RepositoryPaths.Root, "run-sim.ps1");

    private static string CliDll => Path.Combine(TestContext.CurrentContext.TestDirectory, "lvalerttest.dll");

    [SetUp]
    public void MakeOutputDirectory() => _out = Directory.CreateTempSubdirectory("lvalerttest-ps-").FullName;

    [TearDown]
    public void RemoveOutputDirectory() => Directory.Delete(_out, recursive: true);

    [Test]
    public void Script_RunsTheScenarioAndReturnsTheCliExitCode()
    {
        (int exitCode, string output) = RunScript(new()
        {
            ["Scenario"] = Path.Combine(RepositoryPaths.Scenarios, "minimal-gstlal.yaml"),
            ["Seed"] = 42L,
            ["Out"] = _out,
            ["Cli"] = CliDll,
        });

        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("minimal-gstlal seed=42: 3 events"));
        Assert.That(File.Exists(Path.Combine(_out, "summary.json")), Is.True);
    }

    [Test]
    public void Script_BadScenario_PassesExitCodeTwoThrough()
    {
        (int exitCode, string output) = RunScript(new()
        {
            ["Scenario"] = Path.Combine(_out, "missing.yaml"),
            ["Cli"] = CliDll,
        });

        Assert.That(exitCode, Is.EqualTo(2), output);
    }

    private static (int ExitCode, string Output) RunScript(Dictionary<string, object> parameters)
    {
        // CreateDefault2 loads modules rather than the console host's snap-ins, which the SDK package does not ship.
        using Runspace runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        using PowerShell shell = PowerShell.Create(runspace);
        shell.AddCommand(Script);
        foreach (KeyValuePair<string, object> parameter in parameters)
        {
            shell.AddParameter(parameter.Key, parameter.Value);
        }

        var output = shell.Invoke().Select(o => o?.ToString() ?? string.Empty).ToList();
        output.AddRange(shell.Streams.Error.Select(e => "ERROR: " + e));
        object? code = shell.Runspace.SessionStateProxy.GetVariable("LASTEXITCODE");
        return (code is int value ? value : -1, string.Join("\n", output));
    }
}
