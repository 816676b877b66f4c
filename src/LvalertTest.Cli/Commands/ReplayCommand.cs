using System.CommandLine;
using System.Globalization;
using LvalertTest.Core.Alerts;
using LvalertTest.Replay;
using LvalertTest.Replay.Configs;
using LvalertTest.Replay.Planning;
using LvalertTest.Replay.Realtime;
using LvalertTest.Replay.Reporting;
using LvalertTest.Replay.Running;
using LvalertTest.Replay.Sources;
using LvalertTest.Supervisor.EventSupervisor;

namespace LvalertTest.Cli.Commands;

/// <summary>
/// <c>lvalerttest replay &lt;graceid&gt; --from &lt;store-dir|export.json&gt; [--cutoff N] [--config F] [--dialect legacy|igwn]
/// [--realtime [--speed x]] [--out DIR]</c>: replays an event's log through the event supervisor in virtual time and
/// reports what it did. Exit 0 when every check passed, 1 when any check required action (or threw, or could not be
/// created), 2 on bad input. With <c>--realtime</c> the alerts go to standard output at their original pace instead.
/// </summary>
internal static class ReplayCommand
{
    private sealed record Settings(string GraceId, string From, string? Cutoff, FileInfo? Config, string Dialect, bool Realtime, double? Speed, DirectoryInfo? Out, bool OverHttp);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var graceId = new Argument<string>("graceid") { Description = "The event to replay, e.g. G298048." };
        var from = new Option<string>("--from") { Description = "A fake GraceDb store directory, or an export (event, log, labels in the REST shapes).", Required = true };
        var cutoff = new Option<string?>("--cutoff") { Description = "Stop after the log entry whose N is this (inclusive)." };
        var config = new Option<FileInfo?>("--config") { Description = "The eventSupervisor config (default: the ER10 one for the event's pipeline, from scenarios/supervisor/)." };
        var dialect = new Option<string>("--dialect") { Description = "Alert dialect: legacy or igwn.", DefaultValueFactory = _ => "legacy" };
        var realtime = new Option<bool>("--realtime") { Description = "Write the alerts to standard output as journal lines at their original pace, instead of supervising." };
        var speed = new Option<double?>("--speed") { Description = "With --realtime: play this many times faster (default 1)." };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Also write replay.json, emails.jsonl, supervisor.log and report.txt here." };
        var overHttp = new Option<bool>("--http") { Description = "The supervisor reaches the replayed store over GraceDb's REST API on 127.0.0.1, as it would the real service." };
        var command = new Command("replay", "Replay an event's log, up to a cutoff, through the event supervisor in virtual time.")
        {
            graceId, from, cutoff, config, dialect, realtime, speed, outDir, overHttp,
        };
        command.SetAction(parse =>
        {
            var settings = new Settings(
                parse.GetRequiredValue(graceId),
                parse.GetRequiredValue(from),
                parse.GetValue(cutoff),
                parse.GetValue(config),
                parse.GetRequiredValue(dialect),
                parse.GetValue(realtime),
                parse.GetValue(speed),
                parse.GetValue(outDir),
                parse.GetValue(overHttp));
            try
            {
                return Execute(settings, output);
            }
            catch (Exception e) when (e is ReplayInputException or UsageException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static int Execute(Settings settings, TextWriter output)
    {
        AlertDialect dialect = settings.Dialect.ToLowerInvariant() switch
        {
            "legacy" => AlertDialect.Legacy,
            "igwn" => AlertDialect.Igwn,
            _ => throw new UsageException($"--dialect: '{settings.Dialect}' is not legacy or igwn"),
        };
        if (settings.Speed is not null && !settings.Realtime)
        {
            throw new UsageException("--speed: only with --realtime");
        }

        if (settings.Realtime && (settings.Out is not null || settings.Config is not null || settings.OverHttp))
        {
            throw new UsageException("--realtime writes alerts to standard output and runs no supervisor: --out, --config and --http do not apply");
        }

        int? cutoff = settings.Cutoff is { } text ? ReplayPlan.ParseCutoff(text) : null;
        ReplaySource source = ReplaySources.Load(settings.From, settings.GraceId);
        ReplayPlan plan = ReplayPlan.Build(source, cutoff);

        if (settings.Realtime)
        {
            double speed = settings.Speed ?? 1;
            if (!(double.IsFinite(speed) && speed > 0))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--speed: {speed} is not a positive number"));
            }

            RealtimeReplay.Play(source, plan, dialect, output, new WallClockPacer(speed));
            return ExitCodes.Success;
        }

        string configPath = settings.Config?.FullName
            ?? SupervisorConfigs.Find(SupervisorConfigs.DefaultFileName(source.Event), ConfigDirectories());
        EsConfig config = SupervisorConfigs.Load(configPath);
        ReplayReport report = ReplayRunner.Run(source, plan, config, new ReplayOptions { Dialect = dialect, OverHttp = settings.OverHttp });

        output.Write(ReplayReportText.Format(report));
        if (settings.Out is { } directory)
        {
            ReplayReportFiles.Write(report, directory.FullName);
            output.WriteLine($"report in {directory.FullName}");
        }

        return report.AllPassed ? ExitCodes.Success : ExitCodes.ExpectationFailed;
    }

    /// <summary>Where the shipped configs are: beside the program (copied at build), then scenarios/supervisor above the working directory.</summary>
    private static IEnumerable<string> ConfigDirectories()
    {
        yield return Path.Combine(AppContext.BaseDirectory, "supervisor");
        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "scenarios", "supervisor");
            if (Directory.Exists(candidate))
            {
                yield return candidate;
                yield break;
            }
        }
    }
}
