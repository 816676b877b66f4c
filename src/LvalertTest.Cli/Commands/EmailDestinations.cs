using System.Globalization;
using System.Text;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Cli.Commands;

/// <summary>Where a listener's e-mails go: an emails.jsonl file, an SMTP server, both, or (null) nowhere.</summary>
internal sealed class EmailDestinations : IDisposable
{
    private readonly JsonLinesOutbox? _outbox;

    private EmailDestinations(JsonLinesOutbox? outbox, INotifier? notifier)
    {
        _outbox = outbox;
        Notifier = notifier;
    }

    public INotifier? Notifier { get; }

    /// <exception cref="UsageException">--smtp is not host:port, --from is missing or not an address, or the file cannot be opened.</exception>
    public static EmailDestinations Open(string? emailsFile, string? smtp, string? from, SmtpTlsMode tls)
    {
        if (smtp is null && from is not null)
        {
            throw new UsageException("--from is the sender for --smtp, which is missing");
        }

        SmtpNotifier? server = smtp is null ? null : Smtp(smtp, from, tls);
        JsonLinesOutbox? outbox = emailsFile is null ? null : Outbox(emailsFile);
        INotifier? notifier = (outbox, server) switch
        {
            ({ } o, { } s) => new FanOutNotifier(o, s),
            ({ } o, null) => o,
            (null, { } s) => s,
            _ => null,
        };
        return new EmailDestinations(outbox, notifier);
    }

    public void Dispose() => _outbox?.Dispose();

    private static SmtpNotifier Smtp(string server, string? from, SmtpTlsMode tls)
    {
        int colon = server.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(server.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port))
        {
            throw new UsageException($"--smtp: '{server}' is not host:port");
        }

        try
        {
            return new SmtpNotifier(new SmtpSettings(server[..colon], port, from ?? throw new UsageException("--smtp needs --from, the sender's address")) { Tls = tls });
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--smtp: {e.Message}");
        }
    }

    private static JsonLinesOutbox Outbox(string path)
    {
        try
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            return new JsonLinesOutbox(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--emails: {path}: {e.Message}");
        }
    }
}
