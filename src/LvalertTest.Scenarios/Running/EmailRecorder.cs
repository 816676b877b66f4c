using LvalertTest.Reports.Timeline;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// The run's outbox: counts every e-mail, keeps them for the expectations only when <paramref name="keep"/> (a long
/// soak would otherwise hold every one), adds each to the digest, and streams emails.jsonl.
/// </summary>
internal sealed class EmailRecorder(Action<TimelineRow> digest, JsonLinesOutbox? file, bool keep) : INotifier
{
    private readonly List<Email> _sent = [];

    /// <summary>The e-mails sent, when kept; empty otherwise.</summary>
    public IReadOnlyList<Email> Sent => _sent;

    public long Count { get; private set; }

    public void Send(Email email)
    {
        ArgumentNullException.ThrowIfNull(email);
        Count++;
        if (keep)
        {
            _sent.Add(email);
        }

        digest(new TimelineRow(email.Time, "outbox", "email", JsonLinesOutbox.Format(email)));
        file?.Send(email);
    }
}
