namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>The states of an event (reference §2.3).</summary>
public static class ApStates
{
    public const string NewToPreliminary = "new_to_preliminary";
    public const string PreliminaryToInitial = "preliminary_to_initial";
    public const string InitialToUpdate = "initial_to_update";
    public const string Complete = "complete";
    public const string Rejected = "rejected";
    public const string Throttled = "throttled";
}

/// <summary>
/// What the approval processor knows of one event (the original's EventDict.data). Plain data with ordinal-sorted
/// collections, so a checkpoint is a JSON copy of it and nothing depends on hash order.
/// </summary>
public sealed class ApEventRecord
{
    public string GraceId { get; set; } = string.Empty;

    public string Group { get; set; } = string.Empty;

    public string Pipeline { get; set; } = string.Empty;

    public string Search { get; set; } = string.Empty;

    public double? Far { get; set; }

    public double? GpsTime { get; set; }

    public List<string> Instruments { get; set; } = [];

    public List<string> Labels { get; set; } = [];

    public string State { get; set; } = ApStates.NewToPreliminary;

    /// <summary>Cached check verdicts by check name; a missing key is the original's None (undecided).</summary>
    public SortedDictionary<string, bool> Results { get; set; } = new(StringComparer.Ordinal);

    public int? InjectionsFound { get; set; }

    /// <summary>Operator answers by instrument (OK / NO).</summary>
    public SortedDictionary<string, string> OperatorSignoffs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Advocate answers in arrival order.</summary>
    public List<string> AdvocateSignoffs { get; set; } = [];

    /// <summary>lvem sky maps in arrival order (the original sorted "10-x" before "2-y", bug B8).</summary>
    public List<string> LvemSkymaps { get; set; } = [];

    /// <summary>iDQ minimum glitch-FAP by <c>pipeline.ifo</c>.</summary>
    public SortedDictionary<string, double> IdqValues { get; set; } = new(StringComparer.Ordinal);

    /// <summary>VOEvents sent, as <c>n-fingerprint</c>.</summary>
    public List<string> VoEvents { get; set; } = [];

    public List<string> VoEventErrors { get; set; } = [];

    public string? LastSentSkymap { get; set; }

    /// <summary>Messages already written (the original's loggerCheck): each AP comment goes to GraceDb once.</summary>
    public SortedSet<string> Written { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The last alert's time: the forget-me-now clean-up runs a timeout after it.</summary>
    public DateTimeOffset LastAlert { get; set; }

    /// <summary>A hardware-injection wait is scheduled and has not run yet.</summary>
    public bool InjectionWaitPending { get; set; }

    public bool HasLabel(string label) => Labels.Contains(label, StringComparer.Ordinal);

    public void RecordLabel(string label)
    {
        if (!HasLabel(label))
        {
            Labels.Add(label);
        }
    }

    public bool SentAny => VoEvents.Count > 0;
}
