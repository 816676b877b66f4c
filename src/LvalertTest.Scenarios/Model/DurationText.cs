using System.Globalization;

namespace LvalertTest.Scenarios.Model;

/// <summary>Durations as people write them: <c>90</c> or <c>90s</c>, <c>15m</c>, <c>6h</c>, <c>7d</c>, <c>2w</c>, <c>365d</c>.</summary>
public static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string trimmed = text.Trim();
        double unitSeconds = char.ToLowerInvariant(trimmed[^1]) switch
        {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => 0,
        };
        string number = unitSeconds == 0 ? trimmed : trimmed[..^1];
        unitSeconds = unitSeconds == 0 ? 1 : unitSeconds;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < 0)
        {
            return false;
        }

        double seconds = value * unitSeconds;
        if (seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        return true;
    }
}
