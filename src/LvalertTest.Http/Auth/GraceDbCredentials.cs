using System.Net.Http.Headers;
using System.Text;

namespace LvalertTest.Http.Auth;

/// <summary>How the client proves who it is: nothing, a bearer token (SciToken), or a username and password (basic).</summary>
public abstract record GraceDbCredentials
{
    public static GraceDbCredentials None { get; } = new Anonymous();

    /// <summary>Puts the credentials on a request.</summary>
    public abstract void Apply(HttpRequestMessage request);

    /// <summary>Says which kind, never the secret (for logs and error messages).</summary>
    public abstract string Describe();

    private sealed record Anonymous : GraceDbCredentials
    {
        public override void Apply(HttpRequestMessage request)
        {
        }

        public override string Describe() => "no credentials";
    }
}

public sealed record BearerToken : GraceDbCredentials
{
    public BearerToken(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        Token = token.Trim();
    }

    public string Token { get; }

    public override void Apply(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public override string Describe() => "a bearer token";

    // Records print their properties; a token must never reach a log.
    public override string ToString() => Describe();
}

public sealed record BasicCredentials : GraceDbCredentials
{
    public BasicCredentials(string username, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(password);
        Username = username;
        Password = password;
    }

    public string Username { get; }

    public string Password { get; }

    public override void Apply(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
    }

    public override string Describe() => $"basic credentials for {Username}";

    public override string ToString() => Describe();
}
