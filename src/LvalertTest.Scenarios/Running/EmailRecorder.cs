using LvalertTest.Reports.Timeline;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Scenarios.Running;

/// <summary>The run's outbox: keeps every e-mail for the expectations, adds it to the digest, and streams emails.jsonl.</summary>
internal sealed class EmailRecorder(Action<TimelineRow> digest, JsonLinesOutbox? file) : INotifier
{
    private readonly List<Email> _sent = [];

    public IReadOnlyList<Email> Sent => _sent;

    public void Send(Email email)
    {
        ArgumentNullException.ThrowIfNull(email);
        _sent.Add(email);
        digest(new TimelineRow(email.Time, "outbox", "email", JsonLinesOutbox.Format(email)));
        file?.Send(email);
    }
}
