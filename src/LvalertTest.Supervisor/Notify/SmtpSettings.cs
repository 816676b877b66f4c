using System.Text;

namespace LvalertTest.Supervisor.Notify;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpTlsMode
{
    /// <summary>Plain text throughout (a local relay or a test server).</summary>
    None,

    /// <summary>Plain connect, then STARTTLS; fails if the server does not offer it (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    SslOnConnect,
}

/// <summary>Where and how <see cref="SmtpNotifier"/> delivers mail.</summary>
/// <param name="Host">The SMTP server's host name or address.</param>
/// <param name="Port">The server's port (1-65535).</param>
/// <param name="From">The sender, as an address or "Name &lt;address&gt;".</param>
public sealed record SmtpSettings(string Host, int Port, string From)
{
    /// <summary>Log in with this user name (and <see cref="Password"/>); no login when null.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    public SmtpTlsMode Tls { get; init; } = SmtpTlsMode.StartTls;

    /// <summary>Limit on connecting and on each network read or write.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    // Settings end up in logs and exception messages: never print the password.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Host = ").Append(Host)
            .Append(", Port = ").Append(Port)
            .Append(", From = ").Append(From)
            .Append(", UserName = ").Append(UserName)
            .Append(", Password = ").Append(Password is null ? "" : "***")
            .Append(", Tls = ").Append(Tls)
            .Append(", Timeout = ").Append(Timeout);
        return true;
    }
}
