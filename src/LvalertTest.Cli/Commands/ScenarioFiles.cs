using LvalertTest.Reports.Summary;
using LvalertTest.Scenarios.Loading;
using LvalertTest.Scenarios.Model;

namespace LvalertTest.Cli.Commands;

/// <summary>What the scenario verbs (run, soak) share: loading, running and reporting failures, each bad input in one line.</summary>
internal static class ScenarioFiles
{
    public static Scenario? TryLoad(FileInfo file, TextWriter error)
    {
        try
        {
            return ScenarioLoader.Load(file.FullName);
        }
        catch (ScenarioException e)
        {
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

    /// <summary>Runs the scenario; null (and one line on <paramref name="error"/>) when its supervisor's configs are wrong.</summary>
    public static RunSummary? TryRun(FileInfo file, Func<RunSummary> run, TextWriter error)
    {
        try
        {
            return run();
        }
        catch (FormatException e)
        {
            // The supervisor's process file or a childConfig it names is wrong (IniFormatException: file, section, option).
            error.WriteLine($"error: {file.FullName}: supervisor: {e.Message.ReplaceLineEndings(" ")}");
            return null;
        }
    }

    /// <summary>One line per failed expectation, with the seed to reproduce it.</summary>
    public static void ReportFailures(RunSummary summary, TextWriter error)
    {
        foreach (ExpectationResult failed in summary.Expectations.Where(e => !e.Passed))
        {
            error.WriteLine($"FAILED {failed.Name}: expected {failed.Expected}, got {failed.Actual} (seed={summary.Seed})");
        }
    }
}
