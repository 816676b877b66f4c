namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>A packet TraceT cannot read: the message is one line naming the packet and what is wrong with it.</summary>
public sealed class NoticeFormatException : Exception
{
    public NoticeFormatException()
    {
    }

    public NoticeFormatException(string message)
        : base(message)
    {
    }

    public NoticeFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
