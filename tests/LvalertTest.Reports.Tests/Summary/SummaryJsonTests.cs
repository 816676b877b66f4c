using LvalertTest.Reports.Summary;

namespace LvalertTest.Reports.Tests.Summary;

public class SummaryJsonTests
{
    [Test]
    public void Serialize_WritesSnakeCaseAndRoundTrips()
    {
        var summary = new RunSummary
        {
            Scenario = "s",
            Seed = 42,
            SimulatedStart = new DateTimeOffset(2017, 8, 17, 12, 41, 4, TimeSpan.Zero),
            SimulatedSeconds = 10,
            WallSeconds = 0.5,
            Events = 1,
            Actions = 2,
            KernelSteps = 3,
            Alerts = 4,
            Errors = 0,
            Expectations = [new ExpectationResult("events", false, "2", "1")],
            Digest = "abc",
        };

        string json = SummaryJson.Serialize(summary);
        RunSummary back = SummaryJson.Deserialize(json);

        Assert.That(json, Does.Contain("\"simulated_seconds\": 10").And.Contain("\"expectations_failed\": 1").And.Contain("\"seed\": 42"));
        Assert.That(back.Digest, Is.EqualTo("abc"));
        Assert.That(back.Expectations, Is.EqualTo(summary.Expectations));
    }
}
