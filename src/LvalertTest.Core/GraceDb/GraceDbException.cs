using LvalertTest.Core.Events;

namespace LvalertTest.Core.GraceDb;

/// <summary>A GraceDb call failed; <see cref="StatusCode"/> is the HTTP status the real server gives for it.</summary>
public abstract class GraceDbException(int statusCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>True when repeating the same call may succeed (timeouts, throttling, server errors, resets).</summary>
    public virtual bool IsTransient => false;
}

/// <summary>400: the request is invalid (unknown group / pipeline / search / label, bad file, bad query).</summary>
public sealed class GraceDbValidationException(string message) : GraceDbException(400, message);

/// <summary>404: no such event (or file, or log entry).</summary>
public sealed class GraceDbNotFoundException(string message) : GraceDbException(404, message)
{
    public static GraceDbNotFoundException Event(GraceId id) => new($"event {id} does not exist");
}

/// <summary>409: the request conflicts with the current state (e.g. a sign-off nobody asked for).</summary>
public sealed class GraceDbConflictException(string message) : GraceDbException(409, message);

/// <summary>408, 429, 5xx or a reset connection: nothing was done and the call may be retried.</summary>
public sealed class GraceDbTransientException(int statusCode, string message) : GraceDbException(statusCode, message)
{
    /// <summary>The status used for a connection reset (no HTTP status reached the client).</summary>
    public const int ConnectionReset = 0;

    public override bool IsTransient => true;
}

/// <summary>The store itself is unusable (a corrupt document that cannot be read back): names the file.</summary>
public sealed class GraceDbStoreException(string message, Exception? inner = null) : GraceDbException(500, message, inner);
