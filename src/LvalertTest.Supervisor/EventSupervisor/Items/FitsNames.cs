using System.Net;
using System.Text.RegularExpressions;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// Sky-map file names: those linked in a summary message (<c>&lt;a href="…"&gt;bayestar.fits.gz&lt;/a&gt;</c>), and the
/// names derived from a FITS name. The original cut the name out with character strips, which eat letters of names
/// that end in them; here the link text is read and suffixes are removed as suffixes.
/// </summary>
internal static partial class FitsNames
{
    /// <summary>The FITS names linked in <paramref name="html"/>, in order.</summary>
    public static IReadOnlyList<string> Linked(string html) =>
        Anchor().Matches(html)
            .Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, string.Empty)).Trim())
            .Where(EventGraph.IsFits)
            .ToList();

    /// <summary>The name without <c>.fits.gz</c> or <c>.fits</c> (<c>bayestar.fits.gz</c> → <c>bayestar</c>).</summary>
    public static string Stem(string fits) =>
        fits.EndsWith(".fits.gz", StringComparison.Ordinal) ? fits[..^8]
        : fits.EndsWith(".fits", StringComparison.Ordinal) ? fits[..^5]
        : fits;

    /// <summary>The name before its first <c>.fits</c> (the original's <c>split('.fits')[0]</c>).</summary>
    public static string BeforeFits(string fits)
    {
        int at = fits.IndexOf(".fits", StringComparison.Ordinal);
        return at < 0 ? fits : fits[..at];
    }

    /// <summary>The name before its first dot (the original's plot name: <c>bayestar.fits.gz</c> → <c>bayestar</c>).</summary>
    public static string BeforeFirstDot(string fits) => fits.Split('.')[0];

    /// <summary>
    /// A start-anchored pattern: <paramref name="prefix"/>, then every name somewhere after it, in any order (the
    /// original joined them with <c>.*</c>, so the order of a directory listing decided; names are matched literally).
    /// </summary>
    public static string MentioningAll(string prefix, IEnumerable<string> names) =>
        Regex.Escape(prefix) + string.Concat(names.Select(n => $"(?=.*{Regex.Escape(n)})"));

    [GeneratedRegex(@"<a\b[^>]*>(?<text>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Anchor();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tag();
}
