using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace LvalertTest.Supervisor.Notify;

/// <summary>
/// Delivers each e-mail through an SMTP server (MailKit). Every <see cref="Send"/> connects, logs in when credentials
/// are set, sends and disconnects: supervisor mail is rare (warnings, sendEmail commands), so a held-open connection
/// would mostly sit idle until the server drops it, and would need reconnect logic for no gain.
/// </summary>
public sealed class SmtpNotifier : INotifier
{
    private readonly SmtpSettings _settings;
    private readonly MailboxAddress _from;

    /// <exception cref="ArgumentException">The settings are unusable (no host, bad port, sender or timeout, half the credentials).</exception>
    public SmtpNotifier(SmtpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.Host, nameof(settings));
        if (settings.Port is < 1 or > 65535)
        {
            throw new ArgumentException($"SMTP port {settings.Port} is not between 1 and 65535", nameof(settings));
        }

        if (settings.Timeout <= TimeSpan.Zero || settings.Timeout.TotalMilliseconds > int.MaxValue)
        {
            throw new ArgumentException($"SMTP timeout {settings.Timeout} is not a positive number of milliseconds", nameof(settings));
        }

        if ((settings.UserName is null) != (settings.Password is null))
        {
            throw new ArgumentException("SMTP credentials need both a user name and a password", nameof(settings));
        }

        if (!MailboxAddress.TryParse(settings.From, out MailboxAddress? from))
        {
            throw new ArgumentException($"SMTP sender '{settings.From}' is not an e-mail address", nameof(settings));
        }

        _settings = settings;
        _from = from;
    }

    /// <exception cref="NotificationException">The message could not be composed or delivered.</exception>
    public void Send(Email email)
    {
        ArgumentNullException.ThrowIfNull(email);
        try
        {
            MimeMessage message = Compose(email);
            using var client = new SmtpClient { Timeout = (int)_settings.Timeout.TotalMilliseconds };
            client.Connect(_settings.Host, _settings.Port, SocketOptions(_settings.Tls));
            if (_settings is { UserName: { } user, Password: { } password })
            {
                client.Authenticate(user, password);
            }

            client.Send(message);
            client.Disconnect(quit: true);
        }
        catch (Exception e) when (IsDeliveryFailure(e))
        {
            throw new NotificationException(
                $"could not send e-mail '{OneLine(email.Subject)}' through {_settings.Host}:{_settings.Port}: {OneLine(e.Message)}", e);
        }
    }

    private MimeMessage Compose(Email email)
    {
        var message = new MimeMessage();
        message.From.Add(_from);
        foreach (string to in email.To)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Subject = email.Subject;
        // The engine's clock, not the machine's (RFC 5322 dates carry whole seconds only), so the same run sends the same bytes.
        message.Date = email.Time;
        message.MessageId = MessageId(email, _from.Domain);
        message.Body = new TextPart(TextFormat.Plain) { Text = email.Body };
        return message;
    }

    /// <summary>
    /// A Message-Id derived from the e-mail itself instead of MimeKit's random one: reruns stay byte-identical, and only
    /// an identical e-mail (same time, recipients, subject and body) can share an id.
    /// </summary>
    private static string MessageId(Email email, string domain)
    {
        var content = new StringBuilder()
            .Append(email.Time.ToString("O", CultureInfo.InvariantCulture)).Append('\0')
            .AppendJoin('\u001f', email.To).Append('\0')
            .Append(email.Subject).Append('\0')
            .Append(email.Body);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString()));
        string host = domain.Length > 0 ? domain : "localhost";
        return $"{email.Time.UtcTicks}.{Convert.ToHexStringLower(hash.AsSpan(0, 12))}.lvalerttest@{host}";
    }

    private static SecureSocketOptions SocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown SMTP TLS mode"),
    };

    // What a send can throw: network, TLS, protocol and server refusals, a bad recipient address, a missing extension
    // (STARTTLS, AUTH) or a timeout. Programming errors (null arguments and the like) are left alone.
    private static bool IsDeliveryFailure(Exception e) => e is
        IOException or SocketException or TimeoutException or OperationCanceledException
        or ProtocolException or CommandException or AuthenticationException or SslHandshakeException
        or ParseException or NotSupportedException or InvalidOperationException;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
