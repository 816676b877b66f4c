using System.Text.RegularExpressions;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// How the original compared text: a substring test, or Python's <c>re.match</c>, which is anchored at the start of
/// the text but not at its end (so <c>"a.*b"</c> matches <c>"axxb and more"</c> but not <c>"xab"</c>).
/// </summary>
public static class Matching
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    public static bool Matches(string text, string pattern, bool regex) =>
        regex ? PythonMatch(text, pattern) is not null : text.Contains(pattern, StringComparison.Ordinal);

    /// <summary>The start-anchored match of <paramref name="pattern"/>, or null.</summary>
    public static Match? PythonMatch(string text, string pattern)
    {
        Match match = Regex.Match(text, @"\A(?:" + pattern + ")", RegexOptions.CultureInvariant, Budget);
        return match.Success ? match : null;
    }

    /// <summary>Tag lists compare as sorted sets of names, as the original's <c>sorted(a) == sorted(b)</c>.</summary>
    public static bool SameTags(IReadOnlyList<string> actual, IReadOnlyList<string> expected) =>
        actual.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
