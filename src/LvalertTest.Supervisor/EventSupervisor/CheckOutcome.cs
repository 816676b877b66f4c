namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>What a check found: whether someone must act, and the sentence that says why.</summary>
public sealed record CheckResult(bool ActionRequired, string Warning);

/// <summary>
/// One finished check, for reports: the event, item and task, when it finished (virtual time), what it found (null
/// after an exception), its latency from the event's creation, whether an alert satisfied it before its deadline, and
/// that deadline (its item's t0 plus the task's timeout).
/// </summary>
public sealed record CheckOutcome(string GraceId, string Item, string Task, DateTimeOffset Time, bool? ActionRequired, string Warning, TimeSpan? Latency, bool Early, DateTimeOffset? Deadline = null);
