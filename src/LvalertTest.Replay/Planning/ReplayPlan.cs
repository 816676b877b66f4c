using System.Globalization;
using LvalertTest.Core.GraceDb;
using LvalertTest.Replay.Sources;

namespace LvalertTest.Replay.Planning;

/// <summary>
/// What a replay will do: the event as it was at its creation (with only the labels it was created with), then every
/// log entry in N order at its original offset from the creation, up to and including the cutoff entry. Entries the
/// event supervisor itself wrote (tagged <c>event_supervisor</c>) are its output, not its input: they are left out,
/// so the supervisor under replay writes its own.
/// </summary>
public sealed class ReplayPlan
{
    private ReplayPlan(GraceEvent eventAtCreation, IReadOnlyList<LabelRecord> initialLabels, IReadOnlyList<ReplayStep> steps, int entriesInLog, int? cutoff, IReadOnlyList<string> notes)
    {
        EventAtCreation = eventAtCreation;
        InitialLabels = initialLabels;
        Steps = steps;
        EntriesInLog = entriesInLog;
        Cutoff = cutoff;
        Notes = notes;
    }

    /// <summary>The event as the <c>new</c> alert describes it: its labels are those it was created with.</summary>
    public GraceEvent EventAtCreation { get; }

    public IReadOnlyList<LabelRecord> InitialLabels { get; }

    /// <summary>In the order they run; offsets never decrease.</summary>
    public IReadOnlyList<ReplayStep> Steps { get; }

    public int EntriesInLog { get; }

    public int? Cutoff { get; }

    /// <summary>What was left out or moved, one sentence each.</summary>
    public IReadOnlyList<string> Notes { get; }

    public static ReplayPlan Build(ReplaySource source, int? cutoff)
    {
        ArgumentNullException.ThrowIfNull(source);
        GraceEvent e = source.Event;
        List<LogEntry> entries = source.Logs.OrderBy(l => l.N).ToList();
        LogEntry? last = cutoff is { } n ? CutoffEntry(source, entries, n) : null;
        var notes = new List<string>();

        var steps = new List<ReplayStep>();
        var labelledByEntries = new HashSet<string>(StringComparer.Ordinal);
        TimeSpan previous = TimeSpan.Zero;
        int annotations = 0;
        foreach (LogEntry entry in entries.Where(l => last is null || l.N <= last.N))
        {
            if (entry.TagNames.Contains(SupervisorTag, StringComparer.Ordinal))
            {
                annotations++;
                continue;
            }

            TimeSpan offset = entry.Created - e.Created;
            if (offset < previous)
            {
                // The kernel's clock cannot go back; N order wins, as on the server that numbered them.
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"N={entry.N} was created {(previous - offset).TotalSeconds:0.###} s before the entry ahead of it; replayed right after that one"));
                offset = previous;
            }

            previous = offset;
            if (LabelEntries.TryRead(entry.Comment, out string label, out bool removed))
            {
                labelledByEntries.Add(label);
                steps.Add(new ReplayStep(offset, removed ? ReplayStepKind.LabelRemoved : ReplayStepKind.LabelAdded, entry, label, entry.Issuer));
            }
            else
            {
                steps.Add(new ReplayStep(offset, ReplayStepKind.Log, entry, null, entry.Issuer));
            }
        }

        if (annotations > 0)
        {
            notes.Add($"{annotations} entries the event supervisor wrote (tagged {SupervisorTag}) were left out: the supervisor under replay writes its own");
        }

        List<LabelRecord> initial = source.Labels.Where(l => l.Created <= e.Created).ToList();
        DateTimeOffset? until = last?.Created;
        IEnumerable<ReplayStep> labelSteps = source.Labels
            .Where(l => l.Created > e.Created && !labelledByEntries.Contains(l.Name) && (until is null || l.Created <= until))
            .Select(l => new ReplayStep(l.Created - e.Created, ReplayStepKind.LabelAdded, null, l.Name, l.Creator));

        // Labels only the label list knows go in by time; on a tie, after the entries of that instant.
        List<ReplayStep> ordered = steps.Concat(labelSteps).OrderBy(s => s.Offset).ToList();
        return new ReplayPlan(e with { Labels = initial.Select(l => l.Name).ToList() }, initial, ordered, entries.Count, last?.N, notes);
    }

    /// <summary>The tag of the event supervisor's own annotations.</summary>
    public const string SupervisorTag = "event_supervisor";

    /// <summary>Parses a cutoff as given on the command line; anything but a whole number is an error.</summary>
    public static int ParseCutoff(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new ReplayInputException($"--cutoff: '{text}' is not a log entry number (N, a whole number from 1)");

    private static LogEntry CutoffEntry(ReplaySource source, List<LogEntry> entries, int n)
    {
        if (entries.Count == 0)
        {
            throw new ReplayInputException($"--cutoff: {n} is out of range: {source.Event.GraceId} has no log entries in {source.Origin}");
        }

        return entries.Find(l => l.N == n)
            ?? throw new ReplayInputException(string.Create(CultureInfo.InvariantCulture,
                $"--cutoff: {n} is out of range: {source.Event.GraceId}'s log in {source.Origin} has no entry N={n} (its entries run from N={entries[0].N} to N={entries[^1].N})"));
    }
}
