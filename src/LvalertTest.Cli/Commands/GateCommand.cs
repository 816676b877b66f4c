using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LvalertTest.Reports.Gate;
using LvalertTest.Reports.Summary;

namespace LvalertTest.Cli.Commands;

/// <summary>
/// <c>lvalerttest gate &lt;run-dir&gt; --baseline FILE [--latency-tolerance 0.1] [--throughput-floor 0.25]</c>: compares a
/// run's summary.json with a committed baseline; prints what moved; exit 0 ok, 1 regression, 2 bad input.
/// </summary>
internal static class GateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var runArgument = new Argument<DirectoryInfo>("run-dir") { Description = "The run's output directory (holding summary.json)." };
        var baselineOption = new Option<FileInfo>("--baseline") { Description = "The baseline: a summary.json of the same scenario and seed.", Required = true };
        var latencyOption = new Option<double>("--latency-tolerance") { Description = "How much a latency percentile may grow, as a fraction of the baseline's.", DefaultValueFactory = _ => new GateTolerances().LatencyRelative };
        var throughputOption = new Option<double>("--throughput-floor") { Description = "The least time compression allowed, as a fraction of the baseline's.", DefaultValueFactory = _ => new GateTolerances().ThroughputFloor };
        var command = new Command("gate", "Compare a run with a baseline: digest and counts exactly, latency and throughput within tolerances.")
        {
            runArgument,
            baselineOption,
            latencyOption,
            throughputOption,
        };

        command.SetAction(parse => Execute(
            parse.GetRequiredValue(runArgument),
            parse.GetRequiredValue(baselineOption),
            new GateTolerances(parse.GetValue(latencyOption), parse.GetValue(throughputOption)),
            output,
            error));
        return command;
    }

    private static int Execute(DirectoryInfo runDir, FileInfo baselineFile, GateTolerances tolerances, TextWriter output, TextWriter error)
    {
        if (!(tolerances.LatencyRelative >= 0) || !(tolerances.ThroughputFloor >= 0))
        {
            error.WriteLine("error: --latency-tolerance and --throughput-floor must be zero or more");
            return ExitCodes.BadInput;
        }

        string runFile = Path.Combine(runDir.FullName, "summary.json");
        if (ReadSummary(runFile, error) is not { } run || ReadSummary(baselineFile.FullName, error) is not { } baseline)
        {
            return ExitCodes.BadInput;
        }

        if (run.Scenario != baseline.Scenario || run.Seed != baseline.Seed)
        {
            error.WriteLine($"error: {baselineFile.FullName}: is a baseline for {baseline.Scenario} seed {baseline.Seed}, but the run is {run.Scenario} seed {run.Seed}");
            return ExitCodes.BadInput;
        }

        IReadOnlyList<GateRow> rows = RunGate.Compare(baseline, run, tolerances);
        WriteTable(rows, output);
        int regressions = rows.Count(r => r.Verdict == GateVerdict.Regressed);
        output.WriteLine(regressions == 0
            ? $"gate: passed ({rows.Count(r => r.Verdict == GateVerdict.Moved)} moved within tolerance)"
            : $"gate: {regressions} regression(s) against {baselineFile.FullName}");
        return regressions == 0 ? ExitCodes.Success : ExitCodes.ExpectationFailed;
    }

    private static RunSummary? ReadSummary(string path, TextWriter error)
    {
        try
        {
            return SummaryJson.Deserialize(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {path}: cannot be read: {e.Message}");
        }
        catch (JsonException e)
        {
            error.WriteLine($"error: {path}: is not a run summary: {e.Message}");
        }

        return null;
    }

    private static void WriteTable(IReadOnlyList<GateRow> rows, TextWriter output)
    {
        int name = Math.Max("figure".Length, rows.Max(r => r.Name.Length));
        int baseline = Math.Max("baseline".Length, rows.Max(r => r.Baseline.Length));
        int run = Math.Max("run".Length, rows.Max(r => r.Run.Length));
        string Line(string a, string b, string c, string d, string e) =>
            string.Create(CultureInfo.InvariantCulture, $"{a.PadRight(name)}  {b.PadRight(baseline)}  {c.PadRight(run)}  {d,-9}  {e}").TrimEnd();
        output.WriteLine(Line("figure", "baseline", "run", "verdict", "rule"));
        foreach (GateRow row in rows)
        {
            output.WriteLine(Line(row.Name, row.Baseline, row.Run, row.Verdict switch
            {
                GateVerdict.Same => "same",
                GateVerdict.Moved => "moved",
                _ => "REGRESSED",
            }, row.Rule));
        }
    }
}
