using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.TraceT.Telescopes;

/// <summary>The service's reply: accepted (with its trigger id and a page about it) or refused with its error.</summary>
public sealed record TelescopeAnswer(bool Accepted, long? TriggerId, string? WebsiteLink, string? Error, JsonObject Response);

/// <summary>The telescope could not be reached or answered nonsense.</summary>
public sealed class TelescopeUnavailableException : Exception
{
    public TelescopeUnavailableException()
    {
    }

    public TelescopeUnavailableException(string message)
        : base(message)
    {
    }

    public TelescopeUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
