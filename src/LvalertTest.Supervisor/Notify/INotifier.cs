namespace LvalertTest.Supervisor.Notify;

/// <summary>An e-mail the supervisor sends, stamped with the (virtual or real) time it was sent.</summary>
public sealed record Email(DateTimeOffset Time, IReadOnlyList<string> To, string Subject, string Body);

/// <summary>Where the supervisor's e-mails go: a recorded outbox in simulations and tests, SMTP in real time.</summary>
public interface INotifier
{
    void Send(Email email);
}

/// <summary>Keeps every e-mail in order, for assertions and for emails.jsonl.</summary>
public sealed class RecordedOutbox : INotifier
{
    private readonly List<Email> _sent = [];

    public IReadOnlyList<Email> Sent => _sent;

    public void Send(Email email)
    {
        ArgumentNullException.ThrowIfNull(email);
        _sent.Add(email);
    }
}
