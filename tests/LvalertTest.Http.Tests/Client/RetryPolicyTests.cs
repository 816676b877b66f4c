using LvalertTest.Http.Client;

namespace LvalertTest.Http.Tests.Client;

public class RetryPolicyTests
{
    [Test]
    public void DelayBefore_DoublesFromTheInitialDelay_UpToTheCap()
    {
        var policy = new RetryPolicy { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

        double[] delays = Enumerable.Range(1, 6).Select(r => policy.DelayBefore(r).TotalSeconds).ToArray();

        Assert.That(delays, Is.EqualTo(new[] { 1.0, 2, 4, 8, 10, 10 }));
    }

    [Test]
    public void DelayBefore_ARetryAfterLongerThanTheBackoffWins_ButNotPastTheCap()
    {
        var policy = new RetryPolicy { InitialDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(30) };

        Assert.Multiple(() =>
        {
            Assert.That(policy.DelayBefore(1, TimeSpan.FromSeconds(7)), Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(policy.DelayBefore(3, TimeSpan.FromSeconds(1)), Is.EqualTo(TimeSpan.FromSeconds(8)), "a shorter Retry-After does not shorten the backoff");
            Assert.That(policy.DelayBefore(1, TimeSpan.FromMinutes(5)), Is.EqualTo(TimeSpan.FromSeconds(30)));
        });
    }

    [TestCase(0, true)]
    [TestCase(408, true)]
    [TestCase(429, true)]
    [TestCase(500, true)]
    [TestCase(503, true)]
    [TestCase(400, false)]
    [TestCase(404, false)]
    [TestCase(409, false)]
    public void DefaultRetryableStatuses_AreTimeoutsThrottlingServerErrorsAndResets(int status, bool retryable) =>
        Assert.That(RetryPolicy.Default.IsRetryable(status), Is.EqualTo(retryable));

    [Test]
    public void Validated_RefusesNegativeRetriesAndShrinkingMultipliers()
    {
        Assert.Throws<FormatException>(() => new RetryPolicy { MaxRetries = -1 }.Validated());
        Assert.Throws<FormatException>(() => new RetryPolicy { Multiplier = 0.5 }.Validated());
        Assert.That(RetryPolicy.Default.Validated(), Is.SameAs(RetryPolicy.Default));
    }
}
