using LvalertTest.Simulation.Arrivals;
using LvalertTest.Simulation.Randomness;

namespace LvalertTest.Simulation.Tests.Arrivals;

public class EventFactsDistributionTests
{
    [Test]
    public void Default_IsWhatThePublicSupereventListingMeasures()
    {
        EventFactsDistribution measured = EventFactsDistribution.FromSupereventsListing(File.ReadAllText(RepositoryPaths.Fixture("gracedb-public", "superevents-listing.json")));

        Assert.That(EventFactsDistribution.Default.Log10FarQuantiles, Is.EqualTo(measured.Log10FarQuantiles).Within(1e-6));
        Assert.That(EventFactsDistribution.Default.InstrumentCounts, Is.EqualTo(measured.InstrumentCounts));
    }

    [Test]
    public void Draws_StayWithinTheMeasuredRange_AndFollowTheInstrumentFrequencies()
    {
        RandomStream stream = new RandomStreams(5).Stream("facts");
        var draws = Enumerable.Range(0, 4000).Select(_ => EventFactsDistribution.Default.Draw(stream, 1e9)).ToList();

        Assert.That(draws.Select(d => Math.Log10(d.Far)), Has.All.InRange(-15.2860, -4.6690));
        Assert.That(draws.Count(d => d.InstrumentList == "H1,L1") / 4000.0, Is.EqualTo(0.62).Within(0.03));
        Assert.That(draws.Count(d => d.InstrumentList == "H1,L1,V1") / 4000.0, Is.EqualTo(0.21).Within(0.03));
    }
}
