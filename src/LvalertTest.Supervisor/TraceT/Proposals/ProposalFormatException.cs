namespace LvalertTest.Supervisor.TraceT.Proposals;

/// <summary>A proposal-settings file that cannot be used; the message is one line naming the file and the field.</summary>
public sealed class ProposalFormatException : Exception
{
    public ProposalFormatException()
    {
    }

    public ProposalFormatException(string message)
        : base(message)
    {
    }

    public ProposalFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
