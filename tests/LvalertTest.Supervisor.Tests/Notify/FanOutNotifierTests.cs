using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Tests.Notify;

public class FanOutNotifierTests
{
    private static readonly Email Warning = new(new DateTimeOffset(2017, 8, 17, 12, 41, 4, TimeSpan.Zero), ["oncall@example.org"], "warning", "body");

    [Test]
    public void Send_ReachesEveryNotifier_InOrder()
    {
        var first = new RecordedOutbox();
        var second = new RecordedOutbox();

        new FanOutNotifier(first, second).Send(Warning);

        Assert.That(first.Sent, Is.EqualTo(new[] { Warning }));
        Assert.That(second.Sent, Is.EqualTo(new[] { Warning }));
    }

    [Test]
    public void OneFailing_DoesNotStopTheOthers_AndItsExceptionIsRethrownAsItWas()
    {
        var after = new RecordedOutbox();
        var fanOut = new FanOutNotifier(new Failing("smtp down"), after);

        var e = Assert.Throws<NotificationException>(() => fanOut.Send(Warning));

        Assert.That(e!.Message, Is.EqualTo("smtp down"));
        Assert.That(after.Sent, Is.EqualTo(new[] { Warning }));
    }

    [Test]
    public void SeveralFailing_AreAggregated()
    {
        var fanOut = new FanOutNotifier(new Failing("one"), new RecordedOutbox(), new Failing("two"));

        var e = Assert.Throws<AggregateException>(() => fanOut.Send(Warning));

        Assert.That(e!.InnerExceptions.Select(i => i.Message), Is.EqualTo(new[] { "one", "two" }));
    }

    private sealed class Failing(string message) : INotifier
    {
        public void Send(Email email) => throw new NotificationException(message);
    }
}
