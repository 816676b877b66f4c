using System.Text.RegularExpressions;

namespace LvalertTest.Replay.Planning;

/// <summary>
/// Log entries that record a label change rather than a message: the original fake's <c>applying label : X</c> and
/// the server's <c>Applied label: X</c> / <c>Added label: X</c> / <c>Removed label: X</c>.
/// </summary>
internal static partial class LabelEntries
{
    public static bool TryRead(string comment, out string label, out bool removed)
    {
        Match match = Pattern().Match(comment);
        label = match.Success ? match.Groups["name"].Value : string.Empty;
        removed = match.Success && match.Groups["verb"].Value.StartsWith("Removed", StringComparison.Ordinal);
        return match.Success;
    }

    [GeneratedRegex(@"\A(?<verb>applying label\s*:|Applied label:|Added label:|Removed label:)\s*(?<name>[A-Za-z0-9_]+)\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
