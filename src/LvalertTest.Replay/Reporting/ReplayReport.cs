using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Replay.Reporting;

/// <summary>
/// What the supervisor did with a replayed event: the e-mails it sent, the annotations it wrote, and how every check
/// ended (item, task, deadline, outcome, latency), all in virtual time from the event's creation.
/// </summary>
public sealed record ReplayReport
{
    public required string GraceId { get; init; }

    public required string Source { get; init; }

    public required string Config { get; init; }

    public required AlertDialect Dialect { get; init; }

    public required int? Cutoff { get; init; }

    public required int EntriesInLog { get; init; }

    public required int EntriesReplayed { get; init; }

    public required int LabelsReplayed { get; init; }

    /// <summary>Alerts the replay published (one per node; the supervisor's own annotations included).</summary>
    public required int Alerts { get; init; }

    public required DateTimeOffset Created { get; init; }

    /// <summary>The virtual time of the last step or check, whichever came later.</summary>
    public required DateTimeOffset Ended { get; init; }

    public required IReadOnlyList<CheckOutcome> Checks { get; init; }

    /// <summary>Checks still waiting when the horizon was reached (none unless something re-arms for ever).</summary>
    public required int PendingChecks { get; init; }

    public required IReadOnlyList<Email> Emails { get; init; }

    public required IReadOnlyList<LogEntry> Annotations { get; init; }

    /// <summary>Items the supervisor could not create or run (its "parseAlert failed" / "execute failed" log lines).</summary>
    public required IReadOnlyList<string> SupervisorErrors { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The supervisor's run log, stamped with virtual time.</summary>
    public required IReadOnlyList<(DateTimeOffset Time, string? GraceId, string Message)> Log { get; init; }

    public int Passed => Checks.Count(c => c.ActionRequired == false);

    public int ActionRequired => Checks.Count(c => c.ActionRequired == true);

    public int Exceptions => Checks.Count(c => c.ActionRequired is null);

    /// <summary>Every check passed: none required action, threw, was left pending or could not be created.</summary>
    public bool AllPassed => ActionRequired == 0 && Exceptions == 0 && PendingChecks == 0 && SupervisorErrors.Count == 0;
}
