using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// How the original compared text: a substring test, or Python's <c>re.match</c>, which is anchored at the start of
/// the text but not at its end (so <c>"a.*b"</c> matches <c>"axxb and more"</c> but not <c>"xab"</c>).
/// </summary>
public static class Matching
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    // Patterns come from configs (a few dozen); Regex's own cache holds 15, so a supervisor with more patterns than
    // that would parse them again on every check. Bounded in case a caller feeds arbitrary patterns.
    private const int MaxCachedPatterns = 1024;
    private static readonly ConcurrentDictionary<string, AnchoredPattern> Anchored = new(StringComparer.Ordinal);

    public static bool Matches(string text, string pattern, bool regex) =>
        regex ? PythonMatch(text, pattern) is not null : text.Contains(pattern, StringComparison.Ordinal);

    /// <summary>The start-anchored match of <paramref name="pattern"/>, or null.</summary>
    public static Match? PythonMatch(string text, string pattern)
    {
        ArgumentNullException.ThrowIfNull(text);
        AnchoredPattern anchored = Anchor(pattern);

        // Most checks' patterns start with words; most texts an alert brings do not start with them.
        if (!text.StartsWith(anchored.Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        Match match = anchored.Regex.Match(text);
        return match.Success ? match : null;
    }

    private static AnchoredPattern Anchor(string pattern)
    {
        if (Anchored.TryGetValue(pattern, out AnchoredPattern? anchored))
        {
            return anchored;
        }

        if (Anchored.Count >= MaxCachedPatterns)
        {
            Anchored.Clear();
        }

        return Anchored.GetOrAdd(pattern, p => new AnchoredPattern(new Regex(@"\A(?:" + p + ")", RegexOptions.CultureInvariant, Budget), RegexLiteralPrefix.Of(p)));
    }

    private sealed record AnchoredPattern(Regex Regex, string Prefix);

    /// <summary>Tag lists compare as sorted sets of names, as the original's <c>sorted(a) == sorted(b)</c>.</summary>
    public static bool SameTags(IReadOnlyList<string> actual, IReadOnlyList<string> expected) =>
        actual.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
