using System.Runtime.ExceptionServices;

namespace LvalertTest.Supervisor.Notify;

/// <summary>
/// Sends each e-mail to several notifiers in order (e.g. emails.jsonl and SMTP). One failing does not stop the rest:
/// the record of an e-mail must not depend on the mail server being up. Failures are rethrown once all have had it.
/// </summary>
public sealed class FanOutNotifier : INotifier
{
    private readonly INotifier[] _notifiers;

    public FanOutNotifier(params INotifier[] notifiers)
    {
        ArgumentNullException.ThrowIfNull(notifiers);
        _notifiers = notifiers.Select(n => n ?? throw new ArgumentException("a notifier is null", nameof(notifiers))).ToArray();
    }

    /// <exception cref="AggregateException">More than one notifier failed (a single failure is rethrown as it was).</exception>
    public void Send(Email email)
    {
        ArgumentNullException.ThrowIfNull(email);
        List<Exception>? failures = null;
        foreach (INotifier notifier in _notifiers)
        {
            try
            {
                notifier.Send(email);
            }
#pragma warning disable CA1031 // every notifier gets the e-mail; the failures are rethrown below
            catch (Exception e)
#pragma warning restore CA1031
            {
                (failures ??= []).Add(e);
            }
        }

        if (failures is [Exception only])
        {
            ExceptionDispatchInfo.Throw(only);
        }

        if (failures is not null)
        {
            throw new AggregateException($"{failures.Count} notifiers failed: " + string.Join("; ", failures.Select(f => f.Message)), failures);
        }
    }
}
