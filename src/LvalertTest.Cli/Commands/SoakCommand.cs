using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Abstractions;
using System.Text;
using LvalertTest.Cli.Progress;
using LvalertTest.Core.Storage;
using LvalertTest.Reports.Summary;
using LvalertTest.Scenarios.Model;
using LvalertTest.Scenarios.Running;

namespace LvalertTest.Cli.Commands;

/// <summary>
/// <c>lvalerttest soak &lt;scenario&gt; --duration 7d [--seed N] [--out DIR] [--store memory|disk]</c>: runs a scenario
/// for a long simulated time with bounded memory, showing progress, and writes metrics.csv, plots/ and summary.json.
/// </summary>
internal static class SoakCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenarioArgument = new Argument<FileInfo>("scenario") { Description = "The scenario file (YAML) to soak." };
        var durationOption = new Option<string>("--duration") { Description = "How long events keep arriving: 1d, 7d, 365d (replaces the scenario's count or duration).", Required = true };
        var seedOption = new Option<long?>("--seed") { Description = "Root seed; overrides the scenario's own." };
        var outOption = new Option<DirectoryInfo?>("--out") { Description = "Output directory (default: runs/<scenario>/soak-<duration>-seed-<seed>)." };
        var storeOption = new Option<StoreKind?>("--store") { Description = "Where the fake GraceDb lives: Memory, or Disk (in <out>/gracedb); default: the scenario's store." };
        var command = new Command("soak", "Run a scenario for a long simulated time; write metrics.csv, plots and summary.json.")
        {
            scenarioArgument,
            durationOption,
            seedOption,
            outOption,
            storeOption,
        };

        command.SetAction(parse => Execute(
            parse.GetRequiredValue(scenarioArgument),
            parse.GetRequiredValue(durationOption),
            parse.GetValue(seedOption),
            parse.GetValue(outOption),
            parse.GetValue(storeOption),
            output,
            error));
        return command;
    }

    private static int Execute(FileInfo scenarioFile, string durationText, long? seedOverride, DirectoryInfo? outDir, StoreKind? store, TextWriter output, TextWriter error)
    {
        if (!DurationText.TryParse(durationText, out TimeSpan duration) || duration <= TimeSpan.Zero)
        {
            error.WriteLine($"error: --duration: must be a positive duration like 6h, 7d, 365d; got '{durationText}'");
            return ExitCodes.BadInput;
        }

        if (ScenarioFiles.TryLoad(scenarioFile, error) is not { } scenario)
        {
            return ExitCodes.BadInput;
        }

        long seed = seedOverride ?? scenario.Seed;
        string directory = outDir?.FullName ?? Path.Combine("runs", scenario.Name, $"soak-{durationText}-seed-{seed.ToString(CultureInfo.InvariantCulture)}");
        var progress = new SoakProgress(scenario.Name, duration);
        if (ScenarioFiles.TryRun(scenarioFile, () => ProgressDisplay.Run(progress, output, hourClosed =>
            ScenarioRunner.Run(scenario, new RunOptions(seed, directory, store) { Duration = duration, Soak = true, HourClosed = hourClosed })), error) is not { } summary)
        {
            return ExitCodes.BadInput;
        }

        // The peak working set is read once the run is over, and summary.json rewritten whole with it.
        summary = summary with { PeakWorkingSetBytes = PeakWorkingSet() };
        AtomicFile.Write(new FileSystem(), Path.Combine(directory, "summary.json"), Encoding.UTF8.GetBytes(SummaryJson.Serialize(summary) + "\n"));

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{summary.Scenario} seed={summary.Seed}: {summary.Events} events, {summary.Actions} actions, {summary.Alerts} alerts, {summary.Emails} e-mails, {summary.Checks} checks over {summary.SimulatedSeconds / 86_400:0.###} simulated days in {summary.WallSeconds:0.###} wall s (compression {summary.TimeCompression:0}x, peak working set {summary.PeakWorkingSetBytes / (1024.0 * 1024.0):0} MiB); digest {summary.Digest}"));
        ScenarioFiles.ReportFailures(summary, error);

        output.WriteLine($"outputs in {directory}: summary.json, metrics.csv, plots/");
        return summary.ExpectationsFailed == 0 ? ExitCodes.Success : ExitCodes.ExpectationFailed;
    }

    private static long PeakWorkingSet()
    {
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }
}
