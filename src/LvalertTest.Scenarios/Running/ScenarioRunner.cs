using System.Diagnostics;
using System.Globalization;
using LvalertTest.Reports.Digest;
using LvalertTest.Reports.Summary;
using LvalertTest.Reports.Timeline;
using LvalertTest.Scenarios.Building;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Scenarios.Running;

/// <summary>Runs a scenario in virtual time from its start until nothing is left to do, and writes its outputs.</summary>
public static class ScenarioRunner
{
    public static RunSummary Run(Scenario scenario, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        Stopwatch wall = WallClock.StartStopwatch();
        long seed = options.Seed ?? scenario.Seed;

        if (options.OutputDirectory is { } outDir)
        {
            Directory.CreateDirectory(outDir);
        }

        using var digest = new RunDigest();
        using TimelineCsvWriter? timeline = options.OutputDirectory is { } dir
            ? new TimelineCsvWriter(new StreamWriter(Path.Combine(dir, "timeline.csv"), append: false))
            : null;
        var sink = new DryRunSink(row =>
        {
            digest.Add(row);
            timeline?.Write(row);
        });

        var kernel = new SimulationKernel(scenario.Start);
        var feeder = new ArrivalFeeder(scenario, new RandomStreams(seed), kernel, sink);
        feeder.Start();
        kernel.RunUntilIdle();

        string digestHex = digest.Current();
        var summary = new RunSummary
        {
            Scenario = scenario.Name,
            Seed = seed,
            SimulatedStart = scenario.Start,
            SimulatedSeconds = (kernel.Now - scenario.Start).TotalSeconds,
            WallSeconds = wall.Elapsed.TotalSeconds,
            Events = sink.EventsCreated,
            Actions = sink.ActionsExecuted,
            KernelSteps = kernel.ExecutedCount,
            Expectations = Check(scenario.Expect, sink, digestHex),
            Digest = digestHex,
        };

        if (options.OutputDirectory is { } output)
        {
            File.WriteAllText(Path.Combine(output, "summary.json"), SummaryJson.Serialize(summary) + "\n");
        }

        return summary;
    }

    private static List<ExpectationResult> Check(ScenarioExpectations expect, DryRunSink sink, string digest)
    {
        var results = new List<ExpectationResult>();
        if (expect.Events is { } events)
        {
            results.Add(Compare("events", events, sink.EventsCreated));
        }

        if (expect.Actions is { } actions)
        {
            results.Add(Compare("actions", actions, sink.ActionsExecuted));
        }

        if (expect.Digest is { } expected)
        {
            results.Add(new ExpectationResult("digest", string.Equals(expected, digest, StringComparison.OrdinalIgnoreCase), expected, digest));
        }

        return results;
    }

    private static ExpectationResult Compare(string name, long expected, long actual) =>
        new(name, expected == actual, expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));
}
