using System.CommandLine;
using System.Globalization;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.FakeGraceDb.Faults;
using LvalertTest.Http.Server;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Cli.Commands;

/// <summary>
/// <c>lvalerttest serve --db DIR [--port N]</c>: a fake GraceDb store over the real REST API on 127.0.0.1, for curl,
/// the official Python client or a <c>GraceDbRestClient</c>, until Ctrl+C. Prints one line with the API root's URL.
/// Faults (<c>--fail 503:0.1</c>, <c>--latency 0.5:0.2</c>) are drawn from <c>--seed</c>. See docs/HTTP.md.
/// </summary>
internal static class ServeCommand
{
    private sealed record Settings(DirectoryInfo Db, int Port, AlertDialect Dialect, int PageSize, string[] Failures, string? Latency, long Seed);

    public static Command Create(TextWriter output, TextWriter error, CancellationToken stop)
    {
        var db = new Option<DirectoryInfo>("--db") { Description = "The store directory (created if missing).", Required = true };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 8000 };
        var dialect = new Option<AlertDialect>("--dialect") { Description = "Alert dialect of a new store: Legacy or Igwn.", DefaultValueFactory = _ => AlertDialect.Legacy };
        var pageSize = new Option<int>("--page-size") { Description = "Events per page of the event list (the real server's default is 10).", DefaultValueFactory = _ => 10 };
        var fail = new Option<string[]>("--fail") { Description = "Inject a failure: STATUS:PROBABILITY per call, e.g. 503:0.1 (0 = connection reset; repeatable)." };
        var latency = new Option<string?>("--latency") { Description = "Latency per call in seconds: MEAN or MEAN:JITTER, e.g. 0.5:0.2." };
        var seed = new Option<long>("--seed") { Description = "Seed of the fault draws.", DefaultValueFactory = _ => 1 };
        var command = new Command("serve", "Serve a fake GraceDb store over GraceDb's REST API on 127.0.0.1.") { db, port, dialect, pageSize, fail, latency, seed };
        command.SetAction(parse =>
        {
            var settings = new Settings(parse.GetRequiredValue(db), parse.GetValue(port), parse.GetValue(dialect), parse.GetValue(pageSize), parse.GetValue(fail) ?? [], parse.GetValue(latency), parse.GetValue(seed));
            try
            {
                return Execute(settings, output, stop);
            }
            catch (Exception e) when (e is UsageException or GraceDbException or FormatException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static int Execute(Settings settings, TextWriter output, CancellationToken stop)
    {
        if (settings.Port is < 0 or > 65535)
        {
            throw new UsageException($"--port: {settings.Port} is not a port number (0 to 65535)");
        }

        if (settings.PageSize < 1)
        {
            throw new UsageException($"--page-size: {settings.PageSize} must be at least 1");
        }

        FaultPlan faults = Faults(settings.Failures, settings.Latency);

        // With a fixed port the alerts' links point at this server; with port 0 it is not known until it is bound.
        var storeOptions = new FakeGraceDbOptions { Dialect = settings.Dialect };
        if (settings.Port != 0)
        {
            storeOptions = storeOptions with { ServiceUrl = $"http://127.0.0.1:{settings.Port.ToString(CultureInfo.InvariantCulture)}/api/" };
        }

        using FileSystemGraceDb store = FileSystemGraceDb.OpenOnDisk(settings.Db.FullName, storeOptions);
        var options = new GraceDbServerOptions
        {
            Port = settings.Port,
            PageSize = settings.PageSize,
            Faults = faults,
            FaultRandom = new RandomStreams(settings.Seed).Stream("gracedb-faults").Generator,
        };
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using (new StopSignals(stopping))
        {
            GraceDbServer server;
            try
            {
                server = GraceDbServer.StartAsync(store, options, stopping.Token).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                throw new UsageException($"--port {settings.Port.ToString(CultureInfo.InvariantCulture)}: cannot listen on 127.0.0.1 ({e.Message})");
            }

            output.WriteLine($"serving {settings.Db.FullName} at {server.ServiceUrl} (Ctrl+C to stop)");
            output.Flush();
            server.RunUntilAsync(stopping.Token).GetAwaiter().GetResult();
        }

        return ExitCodes.Success;
    }

    private static FaultPlan Faults(string[] failures, string? latency)
    {
        var rules = new List<FaultRule>();
        foreach (string failure in failures)
        {
            string[] parts = failure.Split(':');
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int status)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double probability))
            {
                throw new UsageException($"--fail: '{failure}' is not STATUS:PROBABILITY (e.g. 503:0.1)");
            }

            var rule = new FaultRule(status, probability);
            try
            {
                rule.Validate();
            }
            catch (ArgumentOutOfRangeException e)
            {
                // The rule's own reason, without the exception's "(Parameter ...)" and "Actual value" decorations.
                string reason = e.Message.Split(Environment.NewLine)[0].Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
                throw new UsageException($"--fail: '{failure}': {reason}");
            }

            rules.Add(rule);
        }

        if (latency is null)
        {
            return new FaultPlan(rules);
        }

        string[] values = latency.Split(':');
        double[] seconds = values.Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s >= 0 && double.IsFinite(s) ? s : -1).ToArray();
        if (values.Length > 2 || seconds.Any(s => s < 0))
        {
            throw new UsageException($"--latency: '{latency}' is not MEAN or MEAN:JITTER in seconds (e.g. 0.5:0.2)");
        }

        return new FaultPlan(rules, TimeSpan.FromSeconds(seconds[0]), seconds.Length == 2 ? TimeSpan.FromSeconds(seconds[1]) : TimeSpan.Zero);
    }
}
