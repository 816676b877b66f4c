using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Supervisor.Tests.TraceT.Decisions;

public sealed class AltitudeCalculatorTests
{
    // At 2000-01-01 12:00 UT the mean sidereal time at Greenwich is 280.46°; a source on MWA's meridian
    // (RA = 280.46° + 116.671°) at MWA's latitude passes through the zenith.
    [Test]
    public void A_source_on_the_meridian_at_the_sites_latitude_is_at_the_zenith() =>
        Assert.That(AltitudeCalculator.Altitude("MWA_VCS", (280.46061837 + 116.671) % 360, -26.7033, new DateTimeOffset(2000, 1, 1, 12, 0, 0, TimeSpan.Zero)), Is.EqualTo(90).Within(1e-6));

    [Test]
    public void Twelve_sidereal_hours_later_the_same_source_is_below_the_horizon() =>
        Assert.That(AltitudeCalculator.Altitude("MWA_VCS", (280.46061837 + 116.671) % 360, -26.7033, new DateTimeOffset(2000, 1, 1, 12, 0, 0, TimeSpan.Zero).AddHours(11.9672)), Is.EqualTo(-90 + (2 * 26.7033)).Within(0.01));

    [Test]
    public void Unknown_telescopes_have_no_site() =>
        Assert.That(() => AltitudeCalculator.Site("Parkes"), Throws.ArgumentException);
}
