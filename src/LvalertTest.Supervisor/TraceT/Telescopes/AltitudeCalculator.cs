namespace LvalertTest.Supervisor.TraceT.Telescopes;

/// <summary>
/// Altitude of a sky position above a telescope's horizon at a given time (mean sidereal time, no refraction or
/// precession: ample for TraceT's "is the source above the horizon limit" check, good to a fraction of a degree).
/// </summary>
public static class AltitudeCalculator
{
    /// <summary>MWA (Murchison) and ATCA (Narrabri) sites from TraceT's telescope table: longitude east, latitude, degrees.</summary>
    public static (double Longitude, double Latitude) Site(string telescope) =>
        telescope.StartsWith("MWA", StringComparison.Ordinal) ? (116.671, -26.7033)
        : telescope == "ATCA" ? (149.550278, -30.312778)
        : throw new ArgumentException($"no site known for telescope {telescope}", nameof(telescope));

    public static double Altitude(string telescope, double ra, double dec, DateTimeOffset time)
    {
        (double longitude, double latitude) = Site(telescope);
        double daysSinceJ2000 = (time.UtcDateTime - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays;
        double gmst = 280.46061837 + (360.98564736629 * daysSinceJ2000);
        double hourAngle = Radians(gmst + longitude - ra);
        double lat = Radians(latitude);
        double d = Radians(dec);
        double sinAlt = (Math.Sin(lat) * Math.Sin(d)) + (Math.Cos(lat) * Math.Cos(d) * Math.Cos(hourAngle));
        return Math.Asin(Math.Clamp(sinAlt, -1, 1)) * 180 / Math.PI;
    }

    private static double Radians(double degrees) => degrees % 360 * Math.PI / 180;
}
