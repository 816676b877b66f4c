using System.Text;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Tests.Notify;

public class JsonLinesOutboxTests
{
    private static readonly Email First = new(new DateTimeOffset(2017, 8, 17, 12, 41, 4, TimeSpan.Zero), ["oncall@example.org", "b@example.org"],
        "WARNING: queue is long", "120 items \"waiting\"\nusername: ligo");

    private static readonly Email Second = new(new DateTimeOffset(2017, 8, 17, 14, 41, 4, 500, TimeSpan.FromHours(2)), ["ö@example.org"],
        "<b>&+</b>", "tab\there");

    private const string Expected =
        "{\"time\":\"2017-08-17T12:41:04.0000000+00:00\",\"to\":[\"oncall@example.org\",\"b@example.org\"],\"subject\":\"WARNING: queue is long\",\"body\":\"120 items \\\"waiting\\\"\\nusername: ligo\"}\n"
        + "{\"time\":\"2017-08-17T14:41:04.5000000+02:00\",\"to\":[\"ö@example.org\"],\"subject\":\"<b>&+</b>\",\"body\":\"tab\\there\"}\n";

    [Test]
    public void TwoEmails_AreTwoLinesOfExactBytes_InAFile()
    {
        string path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"emails-{TestContext.CurrentContext.Test.ID}.jsonl");
        File.Delete(path);
        try
        {
            using (var outbox = new JsonLinesOutbox(path))
            {
                outbox.Send(First);
                // Flushed per line: the first e-mail is on disk before the outbox closes.
                Assert.That(ReadShared(path), Is.EqualTo(Encoding.UTF8.GetBytes(Expected.Split('\n')[0] + "\n")));
                outbox.Send(Second);
            }

            Assert.That(File.ReadAllBytes(path), Is.EqualTo(Encoding.UTF8.GetBytes(Expected)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void AFileIsAppendedTo_NotReplaced()
    {
        string path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"emails-{TestContext.CurrentContext.Test.ID}.jsonl");
        File.Delete(path);
        try
        {
            using (var outbox = new JsonLinesOutbox(path))
            {
                outbox.Send(First);
            }

            using (var outbox = new JsonLinesOutbox(path))
            {
                outbox.Send(Second);
            }

            Assert.That(File.ReadAllText(path), Is.EqualTo(Expected));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ATextWriter_GetsTheSameLines_AndIsLeftOpen()
    {
        using var writer = new StringWriter();
        using (var outbox = new JsonLinesOutbox(writer))
        {
            outbox.Send(First);
            outbox.Send(Second);
        }

        writer.Write("still open");
        Assert.That(writer.ToString(), Is.EqualTo(Expected + "still open"));
    }

    // The outbox holds the file open for writing: read it alongside.
    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
