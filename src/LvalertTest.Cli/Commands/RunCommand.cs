using System.CommandLine;
using System.Globalization;
using LvalertTest.Reports.Summary;
using LvalertTest.Scenarios.Model;
using LvalertTest.Scenarios.Running;

namespace LvalertTest.Cli.Commands;

/// <summary><c>lvalerttest run &lt;scenario&gt; [--seed N] [--out DIR] [--store Memory|Disk]</c>: runs a scenario and checks its expectations.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenarioArgument = new Argument<FileInfo>("scenario") { Description = "The scenario file (YAML) to run." };
        var seedOption = new Option<long?>("--seed") { Description = "Root seed; overrides the scenario's own." };
        var outOption = new Option<DirectoryInfo?>("--out") { Description = "Output directory (default: runs/<scenario>/seed-<seed>)." };
        var storeOption = new Option<StoreKind?>("--store") { Description = "Where the fake GraceDb lives: Memory, or Disk (in <out>/gracedb); default: the scenario's store (memory unless it says disk)." };
        var command = new Command("run", "Run a scenario in virtual time, write its outputs, and check its expectations.")
        {
            scenarioArgument,
            seedOption,
            outOption,
            storeOption,
        };

        command.SetAction(parse => Execute(
            parse.GetRequiredValue(scenarioArgument),
            parse.GetValue(seedOption),
            parse.GetValue(outOption),
            parse.GetValue(storeOption),
            output,
            error));
        return command;
    }

    private static int Execute(FileInfo scenarioFile, long? seedOverride, DirectoryInfo? outDir, StoreKind? store, TextWriter output, TextWriter error)
    {
        if (ScenarioFiles.TryLoad(scenarioFile, error) is not { } scenario)
        {
            return ExitCodes.BadInput;
        }

        long seed = seedOverride ?? scenario.Seed;
        string directory = outDir?.FullName ?? Path.Combine("runs", scenario.Name, "seed-" + seed.ToString(CultureInfo.InvariantCulture));
        if (ScenarioFiles.TryRun(scenarioFile, () => ScenarioRunner.Run(scenario, new RunOptions(seed, directory, store)), error) is not { } summary)
        {
            return ExitCodes.BadInput;
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{summary.Scenario} seed={summary.Seed}: {summary.Events} events, {summary.Actions} actions, {summary.Alerts} alerts, {summary.Errors} errors over {summary.SimulatedSeconds:0.###} simulated s in {summary.WallSeconds:0.###} wall s; digest {summary.Digest}"));
        ScenarioFiles.ReportFailures(summary, error);

        output.WriteLine($"expectations: {summary.ExpectationsPassed} passed, {summary.ExpectationsFailed} failed; outputs in {directory}");
        return summary.ExpectationsFailed == 0 ? ExitCodes.Success : ExitCodes.ExpectationFailed;
    }
}
