using System.Globalization;

namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>Sexagesimal text (TraceT's <c>ra_hms</c> / <c>dec_dms</c>) and great-circle separations.</summary>
public static class SkyAngles
{
    /// <summary>Right ascension in hours, "16:06:28.008" (seconds trimmed of trailing zeros, "3:00:00" when whole).</summary>
    public static string Hours(double degrees) => Sexagesimal((decimal)degrees / 15m);

    /// <summary>Declination in degrees, "-21:16:26.4".</summary>
    public static string Degrees(double degrees) => Sexagesimal((decimal)degrees);

    /// <summary>Angle between two sky positions, in degrees (haversine: well-behaved for small separations).</summary>
    public static double Separation(double ra1, double dec1, double ra2, double dec2)
    {
        double r1 = ra1 * Math.PI / 180, d1 = dec1 * Math.PI / 180, r2 = ra2 * Math.PI / 180, d2 = dec2 * Math.PI / 180;
        double h = Math.Pow(Math.Sin((d2 - d1) / 2), 2) + (Math.Cos(d1) * Math.Cos(d2) * Math.Pow(Math.Sin((r2 - r1) / 2), 2));
        return 2 * Math.Asin(Math.Min(1, Math.Sqrt(h))) * 180 / Math.PI;
    }

    // Decimal arithmetic keeps the digits the notice gave: 48.4167° is 48:25:00.12, not 48:25:00.119999.
    private static string Sexagesimal(decimal value)
    {
        string sign = value < 0 ? "-" : string.Empty;
        decimal abs = Math.Abs(value);
        decimal whole = decimal.Truncate(abs);
        decimal minutesAll = (abs - whole) * 60m;
        decimal minutes = decimal.Truncate(minutesAll);
        decimal seconds = Math.Round((minutesAll - minutes) * 60m, 8);
        if (seconds >= 60m)
        {
            seconds -= 60m;
            minutes++;
        }

        if (minutes >= 60m)
        {
            minutes -= 60m;
            whole++;
        }

        string secondsText = seconds.ToString("0.########", CultureInfo.InvariantCulture);
        int point = secondsText.IndexOf('.', StringComparison.Ordinal);
        secondsText = (point < 0 ? secondsText.Length : point) < 2 ? "0" + secondsText : secondsText;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{whole:0}:{minutes:00}:{secondsText}");
    }
}
