namespace LvalertTest.Scenarios.Loading;

// The YAML shape of a scenario file, as written by people: everything optional here, checked by ScenarioLoader.
// Property names map to snake_case keys (rate_per_hour, ...). Unknown keys are errors.

internal sealed class ScenarioDocument
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public long? Seed { get; set; }

    public string? Start { get; set; }

    public ArrivalsDocument? Arrivals { get; set; }

    public List<EventDocument>? Events { get; set; }

    public FaultsDocument? Faults { get; set; }

    public ExpectDocument? Expect { get; set; }

    public SupervisorDocument? Supervisor { get; set; }

    public string? Dialect { get; set; }

    public string? Store { get; set; }
}

internal sealed class SupervisorDocument
{
    public string? Listen { get; set; }

    public string? Config { get; set; }

    public List<string>? Nodes { get; set; }

    public string? Gracedb { get; set; }
}

internal sealed class AlertFaultsDocument
{
    public double? Drop { get; set; }

    public double? Duplicate { get; set; }

    public double? Reorder { get; set; }

    public string? ReorderBy { get; set; }

    public string? Delay { get; set; }

    public string? DelayJitter { get; set; }
}

internal sealed class CrashDocument
{
    public string? At { get; set; }

    public string? RestartAfter { get; set; }
}

internal sealed class FaultsDocument
{
    public LatencyDocument? Latency { get; set; }

    public List<FailureDocument>? Failures { get; set; }

    public AlertFaultsDocument? Alerts { get; set; }

    public List<CrashDocument>? Crashes { get; set; }
}

internal sealed class LatencyDocument
{
    public double? Mean { get; set; }

    public double? Jitter { get; set; }
}

internal sealed class FailureDocument
{
    public int? Status { get; set; }

    public double? Prob { get; set; }

    public List<string>? Operations { get; set; }

    public string? From { get; set; }

    public string? Until { get; set; }
}

internal sealed class ArrivalsDocument
{
    public string? Process { get; set; }

    public double? RatePerHour { get; set; }

    public int? Count { get; set; }

    public string? Duration { get; set; }
}

internal sealed class EventDocument
{
    public string? Name { get; set; }

    public double? Weight { get; set; }

    public string? Group { get; set; }

    public string? Pipeline { get; set; }

    public string? Search { get; set; }

    public string? File { get; set; }

    public string? Content { get; set; }

    public double? Far { get; set; }

    public string? Instruments { get; set; }

    public List<string>? Labels { get; set; }

    public List<StepDocument>? Steps { get; set; }

    public string? Generator { get; set; }

    public string? Config { get; set; }

    public Dictionary<string, OverrideDocument>? Overrides { get; set; }
}

internal sealed class OverrideDocument
{
    public double? Delay { get; set; }

    public double? Jitter { get; set; }

    public double? Prob { get; set; }
}

internal sealed class StepDocument
{
    public double? At { get; set; }

    public double? Jitter { get; set; }

    public double? Prob { get; set; }

    public string? Log { get; set; }

    public string? File { get; set; }

    public string? Content { get; set; }

    public List<string>? Tags { get; set; }

    public string? Label { get; set; }

    public string? Unlabel { get; set; }

    public string? Voevent { get; set; }
}

internal sealed class ExpectDocument
{
    public long? Events { get; set; }

    public long? Actions { get; set; }

    public string? Digest { get; set; }

    public List<EmailExpectDocument>? Emails { get; set; }

    public List<AnnotationExpectDocument>? Annotations { get; set; }

    public List<ItemExpectDocument>? Items { get; set; }

    public List<LabelExpectDocument>? Labels { get; set; }

    public bool? QueueEmpty { get; set; }

    public Dictionary<string, string>? Latency { get; set; }

    public Dictionary<string, long>? Counts { get; set; }
}

internal sealed class EmailExpectDocument
{
    public string? Subject { get; set; }

    public string? SubjectContains { get; set; }

    public List<string>? To { get; set; }

    public string? Graceid { get; set; }

    public List<string>? Within { get; set; }

    public long? Count { get; set; }
}

internal sealed class AnnotationExpectDocument
{
    public string? Graceid { get; set; }

    public string? Text { get; set; }

    public string? Contains { get; set; }

    public List<string>? Within { get; set; }

    public long? Count { get; set; }
}

internal sealed class ItemExpectDocument
{
    public string? Item { get; set; }

    public string? Graceid { get; set; }

    public long? Count { get; set; }
}

internal sealed class LabelExpectDocument
{
    public string? Graceid { get; set; }

    public List<string>? Has { get; set; }

    public List<string>? Absent { get; set; }
}
