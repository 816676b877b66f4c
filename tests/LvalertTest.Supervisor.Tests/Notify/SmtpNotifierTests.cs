using LvalertTest.Supervisor.Notify;
using MimeKit;

namespace LvalertTest.Supervisor.Tests.Notify;

/// <summary>Delivery through a real SMTP server on 127.0.0.1 (aiosmtpd, see <see cref="LocalSmtpServer"/>).</summary>
public class SmtpNotifierTests
{
    private static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);

    [Test]
    public void Send_DeliversFromToSubjectBodyAndDate()
    {
        using LocalSmtpServer server = LocalSmtpServer.Start();
        var email = new Email(T0, ["oncall@example.org", "Second Person <second@example.org>"],
            "WARNING: queue is long on supervisor.example.org",
            "the queue holds 120 items\n.a line starting with a dot\n\nusername: ligo\nhostname: supervisor.example.org");

        new SmtpNotifier(Settings(server.Port)).Send(email);

        string raw = server.TakeNewMessages().Single();
        MimeMessage message = Parse(raw);
        Assert.Multiple(() =>
        {
            Assert.That(message.From.Mailboxes.Select(m => m.ToString()), Is.EqualTo(new[] { "\"LvalertTest supervisor\" <supervisor@example.org>" }));
            Assert.That(message.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "oncall@example.org", "second@example.org" }));
            Assert.That(message.Subject, Is.EqualTo(email.Subject));
            // SMTP data always ends in a line break, so the last line gains one.
            Assert.That(message.TextBody?.ReplaceLineEndings("\n"), Is.EqualTo(email.Body + "\n"));
            Assert.That(message.Date, Is.EqualTo(T0));
            Assert.That(raw, Does.Contain("Date: Thu, 17 Aug 2017 12:41:04 +0000"));
            // The envelope, as the server saw it (headers added by aiosmtpd).
            Assert.That(message.Headers["X-MailFrom"], Is.EqualTo("supervisor@example.org"));
            Assert.That(message.Headers["X-RcptTo"], Is.EqualTo("oncall@example.org, second@example.org"));
        });
    }

    [Test]
    public void TwoEmails_ArriveInTheOrderSent()
    {
        using LocalSmtpServer server = LocalSmtpServer.Start();
        var notifier = new SmtpNotifier(Settings(server.Port));

        notifier.Send(new Email(T0, ["oncall@example.org"], "first", "one"));
        IReadOnlyList<string> afterFirst = server.TakeNewMessages();
        notifier.Send(new Email(T0.AddMinutes(5), ["oncall@example.org"], "second", "two"));
        IReadOnlyList<string> afterSecond = server.TakeNewMessages();

        Assert.That(afterFirst.Concat(afterSecond).Select(Parse).Select(m => (m.Subject, m.TextBody?.TrimEnd(), m.Date)), Is.EqualTo(new[]
        {
            ("first", "one", T0),
            ("second", "two", T0.AddMinutes(5)),
        }));
    }

    [Test]
    public void SameEmail_ComposesTheSameMessageId()
    {
        using LocalSmtpServer server = LocalSmtpServer.Start();
        var notifier = new SmtpNotifier(Settings(server.Port));
        var email = new Email(T0, ["oncall@example.org"], "again", "same text");

        notifier.Send(email);
        notifier.Send(email);
        notifier.Send(email with { Body = "other text" });

        string[] ids = server.TakeNewMessages().Select(raw => Parse(raw).MessageId ?? "").Order(StringComparer.Ordinal).ToArray();
        Assert.That(ids.Distinct().Count(), Is.EqualTo(2));
        Assert.That(ids, Has.All.EndsWith(".lvalerttest@example.org"));
    }

    [Test]
    public void Credentials_WhenTheServerOffersNoLogin_ThrowNotificationException()
    {
        using LocalSmtpServer server = LocalSmtpServer.Start();
        var notifier = new SmtpNotifier(Settings(server.Port) with { UserName = "ligo", Password = "secret" });

        var e = Assert.Throws<NotificationException>(() => notifier.Send(new Email(T0, ["oncall@example.org"], "needs login", "x")));

        Assert.That(e!.Message, Does.Contain($"127.0.0.1:{server.Port}").And.Contain("'needs login'"));
        Assert.That(server.TakeNewMessages(), Is.Empty);
    }

    [Test]
    public void ClosedPort_ThrowsNotificationException_NamingHostPortAndSubject()
    {
        int port = LocalSmtpServer.FreePort();
        var notifier = new SmtpNotifier(Settings(port));

        var e = Assert.Throws<NotificationException>(() => notifier.Send(new Email(T0, ["oncall@example.org"], "queue warning", "x")));

        Assert.That(e!.Message, Does.StartWith($"could not send e-mail 'queue warning' through 127.0.0.1:{port}: "));
        Assert.That(e.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void BadRecipient_ThrowsNotificationException()
    {
        var notifier = new SmtpNotifier(Settings(LocalSmtpServer.FreePort()));

        var e = Assert.Throws<NotificationException>(() => notifier.Send(new Email(T0, ["not an address"], "s", "b")));

        Assert.That(e!.Message, Does.Contain("'s'"));
    }

    [Test]
    public void Settings_AreCheckedUpFront_AndNeverPrintThePassword()
    {
        Assert.Throws<ArgumentException>(() => _ = new SmtpNotifier(Settings(0)));
        Assert.Throws<ArgumentException>(() => _ = new SmtpNotifier(Settings(25) with { From = "not an address" }));
        Assert.Throws<ArgumentException>(() => _ = new SmtpNotifier(Settings(25) with { UserName = "ligo" }));
        Assert.Throws<ArgumentException>(() => _ = new SmtpNotifier(Settings(25) with { Timeout = TimeSpan.Zero }));

        string printed = (Settings(25) with { UserName = "ligo", Password = "secret" }).ToString();
        Assert.That(printed, Does.Contain("UserName = ligo").And.Contain("Password = ***").And.Not.Contain("secret"));
    }

    private static SmtpSettings Settings(int port) =>
        new("127.0.0.1", port, "LvalertTest supervisor <supervisor@example.org>") { Tls = SmtpTlsMode.None, Timeout = TimeSpan.FromSeconds(10) };

    private static MimeMessage Parse(string raw)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        return MimeMessage.Load(stream);
    }
}
