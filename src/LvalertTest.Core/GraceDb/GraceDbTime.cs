using System.Globalization;

namespace LvalertTest.Core.GraceDb;

/// <summary>
/// GraceDb's time formats. The server writes <c>"2016-12-15 16:45:13 UTC"</c>; other eras and endpoints wrote ISO
/// 8601 (<c>"2017-08-17T13:08:15+00:00"</c>) or Unix seconds (<c>1524056420.47</c>). All three parse.
/// </summary>
public static class GraceDbTime
{
    private static readonly string[] ServerFormats = ["yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy-MM-dd HH:mm:ss.FFFFFFF 'UTC'"];

    /// <summary>The server's format, with sub-second digits only when there are any.</summary>
    public static string Format(DateTimeOffset time)
    {
        DateTime utc = time.UtcDateTime;
        return utc.Ticks % TimeSpan.TicksPerSecond == 0
            ? utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF 'UTC'", CultureInfo.InvariantCulture);
    }

    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, ServerFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time))
        {
            return true;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double unixSeconds))
        {
            return TryFromUnixSeconds(unixSeconds, out time);
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out DateTimeOffset time)
            ? time
            : throw new FormatException($"'{text}' is not a GraceDb time (expected \"2016-12-15 16:45:13 UTC\", ISO 8601 or Unix seconds)");

    public static bool TryFromUnixSeconds(double seconds, out DateTimeOffset time)
    {
        time = default;
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > 253_402_300_799)
        {
            return false;
        }

        time = DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        return true;
    }
}
