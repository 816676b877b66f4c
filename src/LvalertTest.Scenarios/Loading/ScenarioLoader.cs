using System.Globalization;
using LvalertTest.Core.Events;
using LvalertTest.FakeGraceDb.Faults;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Arrivals;
using LvalertTest.Simulation.Uploads;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LvalertTest.Scenarios.Loading;

/// <summary>Reads a scenario YAML file and checks every field, failing with one line that names file and field.</summary>
public static partial class ScenarioLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static Scenario Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ScenarioException(path, "(file)", $"cannot read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    public static Scenario Parse(string yaml, string file)
    {
        ScenarioDocument? document;
        try
        {
            document = Yaml.Deserialize<ScenarioDocument>(yaml);
        }
        catch (YamlException e)
        {
            string reason = (e.InnerException?.Message ?? e.Message).ReplaceLineEndings(" ");
            throw new ScenarioException(file, $"line {e.Start.Line}, column {e.Start.Column}", reason, e);
        }

        if (document is null)
        {
            throw new ScenarioException(file, "(document)", "the file is empty");
        }

        try
        {
            return Validate(document, file);
        }
        catch (ScenarioException e) when (e.Line is null && new YamlFieldLines(yaml).LineOf(e.Field) is { } line)
        {
            throw e.AtLine(line);
        }
    }

    private static Scenario Validate(ScenarioDocument document, string file)
    {
        var check = new FieldChecker(file);
        string name = check.Required(document.Name, "name");
        DateTimeOffset start = check.Time(document.Start, "start");
        ArrivalProcess arrivals = ReadArrivals(check, document.Arrivals);
        List<EventDocument> events = document.Events is { Count: > 0 } list ? list : throw check.Fail("events", "at least one event kind is required");
        var templates = events.Select((e, i) => ReadEvent(check, e, $"events[{i}]")).ToList();
        ExpectDocument expect = document.Expect ?? new ExpectDocument();

        string directory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var scenario = new Scenario(
            name,
            document.Description ?? string.Empty,
            document.Seed ?? 1,
            start,
            arrivals,
            templates,
            ReadExpectations(check, expect),
            document.Faults is null || (document.Faults.Failures is null && document.Faults.Latency is null) ? null : ReadFaults(check, document.Faults))
        {
            Supervisor = document.Supervisor is null ? null : ReadSupervisor(check, document.Supervisor, directory),
            Dialect = ReadDialect(check, document.Dialect),
            Store = ReadStore(check, document.Store),
            AlertFaults = document.Faults?.Alerts is { } alertFaults ? ReadAlertFaults(check, alertFaults) : AlertFaults.None,
            Crashes = (document.Faults?.Crashes ?? []).Select((c, i) => ReadCrash(check, c, $"faults.crashes[{i}]")).ToList(),
        };
        if (scenario.Supervisor is null && (scenario.Crashes.Count > 0 || !scenario.AlertFaults.IsNone))
        {
            throw check.Fail(scenario.Crashes.Count > 0 ? "faults.crashes" : "faults.alerts", "needs a supervisor to act on (supervisor: listen or config)");
        }

        return scenario;
    }

    /// <summary>GraceDb faults of the run: latency per call, and failures by status, probability, operations, time window.</summary>
    private static FaultPlan ReadFaults(FieldChecker check, FaultsDocument faults)
    {
        var rules = new List<FaultRule>();
        foreach ((FailureDocument failure, int i) in (faults.Failures ?? []).Select((f, i) => (f, i)))
        {
            string at = $"faults.failures[{i}]";
            int status = failure.Status ?? throw check.Fail($"{at}.status", "is required (408, 409, 429, 500, 502, 503, 504, or 0 for a connection reset)");
            var operations = new List<GraceDbOperation>();
            foreach (string operation in failure.Operations ?? [])
            {
                operations.Add(Enum.TryParse(operation, ignoreCase: false, out GraceDbOperation parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : throw check.Fail($"{at}.operations", $"'{operation}' is not a GraceDb call ({string.Join(", ", Enum.GetNames<GraceDbOperation>())})"));
            }

            var rule = new FaultRule(
                status,
                failure.Prob ?? 1,
                operations,
                failure.From is null ? null : check.Time(failure.From, $"{at}.from"),
                failure.Until is null ? null : check.Time(failure.Until, $"{at}.until"));
            try
            {
                rule.Validate();
            }
            catch (ArgumentOutOfRangeException e)
            {
                string field = e.ParamName switch { "Status" => "status", "Probability" => "prob", _ => "from" };
                throw check.Fail($"{at}.{field}", e.Message.Split(" (Parameter")[0]);
            }

            rules.Add(rule);
        }

        double mean = faults.Latency?.Mean ?? 0;
        double jitter = faults.Latency?.Jitter ?? 0;
        if (!(mean >= 0) || double.IsInfinity(mean))
        {
            throw check.Fail("faults.latency.mean", $"must be zero or more seconds, got {mean.ToString(CultureInfo.InvariantCulture)}");
        }

        if (!(jitter >= 0) || double.IsInfinity(jitter))
        {
            throw check.Fail("faults.latency.jitter", $"must be zero or more seconds, got {jitter.ToString(CultureInfo.InvariantCulture)}");
        }

        return new FaultPlan(rules, TimeSpan.FromSeconds(mean), TimeSpan.FromSeconds(jitter));
    }

    private static ArrivalProcess ReadArrivals(FieldChecker check, ArrivalsDocument? arrivals)
    {
        if (arrivals is null)
        {
            throw check.Fail("arrivals", "is required (process, rate_per_hour, and count or duration)");
        }

        ArrivalKind kind = (arrivals.Process ?? "poisson").ToLowerInvariant() switch
        {
            "poisson" => ArrivalKind.Poisson,
            "uniform" => ArrivalKind.Uniform,
            _ => throw check.Fail("arrivals.process", $"must be poisson or uniform, got '{arrivals.Process}'"),
        };
        double ratePerHour = arrivals.RatePerHour ?? throw check.Fail("arrivals.rate_per_hour", "is required");
        if (!(ratePerHour > 0) || double.IsInfinity(ratePerHour))
        {
            throw check.Fail("arrivals.rate_per_hour", $"must be positive, got {ratePerHour.ToString(CultureInfo.InvariantCulture)}");
        }

        if ((arrivals.Count is null) == (arrivals.Duration is null))
        {
            throw check.Fail("arrivals", "give exactly one of count or duration");
        }

        if (arrivals.Count is < 0)
        {
            throw check.Fail("arrivals.count", $"must be zero or more, got {arrivals.Count}");
        }

        TimeSpan? duration = null;
        if (arrivals.Duration is not null)
        {
            if (!DurationText.TryParse(arrivals.Duration, out TimeSpan parsed) || parsed <= TimeSpan.Zero)
            {
                throw check.Fail("arrivals.duration", $"must be a positive duration like 90s, 15m, 6h, 7d; got '{arrivals.Duration}'");
            }

            duration = parsed;
        }

        return new ArrivalProcess(kind, ratePerHour / 3600, arrivals.Count, duration);
    }

    private static EventTemplate ReadEvent(FieldChecker check, EventDocument e, string at)
    {
        double weight = e.Weight ?? 1;
        if (!(weight >= 0) || double.IsInfinity(weight))
        {
            throw check.Fail($"{at}.weight", $"must be zero or more, got {weight.ToString(CultureInfo.InvariantCulture)}");
        }

        double far = e.Far ?? 1e-9;
        if (!(far > 0) || double.IsInfinity(far))
        {
            throw check.Fail($"{at}.far", $"must be a positive rate in Hz, got {far.ToString(CultureInfo.InvariantCulture)}");
        }

        if (e.Generator is not null || e.Config is not null)
        {
            return GeneratedEvents.Read(check.File, e, at, weight);
        }

        string pipeline = check.Required(e.Pipeline, $"{at}.pipeline");
        if (e.Content is null && !PipelineUploads.Knows(pipeline))
        {
            throw check.Fail($"{at}.content", $"is required for pipeline '{pipeline}' (no upload format is known for it)");
        }

        var steps = (e.Steps ?? []).Select((s, i) => ReadStep(check, s, $"{at}.steps[{i}]")).ToList();
        return new EventTemplate(
            e.Name ?? $"{e.Group}/{e.Pipeline}",
            weight,
            check.Required(e.Group, $"{at}.group"),
            pipeline,
            e.Search,
            e.File ?? string.Empty,
            e.Content ?? string.Empty,
            e.Labels ?? [],
            steps,
            far,
            e.Instruments ?? "H1,L1");
    }

    private static StepTemplate ReadStep(FieldChecker check, StepDocument s, string at)
    {
        int given = (s.Log is null ? 0 : 1) + (s.Label is null ? 0 : 1) + (s.Unlabel is null ? 0 : 1) + (s.Voevent is null ? 0 : 1);
        if (given != 1)
        {
            throw check.Fail(at, "give exactly one of log, label, unlabel or voevent");
        }

        double atSeconds = s.At ?? throw check.Fail($"{at}.at", "is required (seconds after the event's creation)");
        if (!(atSeconds >= 0) || double.IsInfinity(atSeconds))
        {
            throw check.Fail($"{at}.at", $"must be zero or more seconds, got {atSeconds.ToString(CultureInfo.InvariantCulture)}");
        }

        double jitter = s.Jitter ?? 0;
        if (!(jitter >= 0) || double.IsInfinity(jitter))
        {
            throw check.Fail($"{at}.jitter", $"must be zero or more seconds, got {jitter.ToString(CultureInfo.InvariantCulture)}");
        }

        double probability = s.Prob ?? 1;
        if (!(probability >= 0 && probability <= 1))
        {
            throw check.Fail($"{at}.prob", $"must be in [0, 1], got {probability.ToString(CultureInfo.InvariantCulture)}");
        }

        if (s.Log is null && (s.File is not null || s.Tags is not null || s.Content is not null))
        {
            throw check.Fail(at, "file, content and tags belong to log steps only");
        }

        (StepKind kind, string text) = s switch
        {
            { Log: { } log } => (StepKind.Log, log),
            { Label: { } label } => (StepKind.Label, check.Required(label, $"{at}.label")),
            { Voevent: { } voevent } => (StepKind.VoEvent, Enum.TryParse(voevent, ignoreCase: true, out VoEventType type) && Enum.IsDefined(type)
                ? type.ToString()
                : throw check.Fail($"{at}.voevent", $"must be preliminary, initial, update or retraction, got '{voevent}'")),
            _ => (StepKind.Unlabel, check.Required(s.Unlabel, $"{at}.unlabel")),
        };
        return new StepTemplate(kind, atSeconds, jitter, probability, text, s.File, s.Content, s.Tags ?? []);
    }

    private sealed class FieldChecker(string file)
    {
        public string File => file;

        public ScenarioException Fail(string field, string problem) => new(file, field, problem);

        public string Required(string? value, string field) =>
            string.IsNullOrWhiteSpace(value) ? throw Fail(field, "is required") : value;

        public long? NonNegative(long? value, string field) =>
            value is < 0 ? throw Fail(field, $"must be zero or more, got {value}") : value;

        public DateTimeOffset Time(string? value, string field)
        {
            string text = Required(value, field);
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset time))
            {
                throw Fail(field, $"must be an ISO 8601 time such as 2017-08-17T12:41:04Z, got '{text}'");
            }

            return time;
        }
    }
}
