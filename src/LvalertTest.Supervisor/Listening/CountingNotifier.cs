using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Listening;

/// <summary>
/// Counts the e-mails every child process sends (they share it, from their timer threads) and passes them on; with
/// nowhere to send them, each is reported instead so none vanishes unseen.
/// </summary>
internal sealed class CountingNotifier(INotifier? inner, Action<Email> nowhere) : INotifier
{
    private long _sent;
    private long _failed;

    public long Sent => Interlocked.Read(ref _sent);

    public long Failed => Interlocked.Read(ref _failed);

    public void Send(Email email)
    {
        ArgumentNullException.ThrowIfNull(email);
        Interlocked.Increment(ref _sent);
        if (inner is null)
        {
            nowhere(email);
            return;
        }

        bool delivered = false;
        try
        {
            inner.Send(email);
            delivered = true;
        }
        finally
        {
            if (!delivered)
            {
                Interlocked.Increment(ref _failed);
            }
        }
    }
}
