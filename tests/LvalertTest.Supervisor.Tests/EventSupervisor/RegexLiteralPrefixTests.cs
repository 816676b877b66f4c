using System.Text.RegularExpressions;
using LvalertTest.Supervisor.EventSupervisor;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>The literal prefix lets a check skip the regex engine; it must never rule out a text the regex matches.</summary>
public class RegexLiteralPrefixTests
{
    private static readonly string[] Patterns =
    [
        @"Started searching for iDQ information within \[(.*), (.*)\] at H1",
        @"INFO:BAYESTAR:starting sky localization",
        @"bayestar.fits.gz",
        @"skymap\.fits(\.gz)?",
        @"ab?c",
        @"ab+c",
        @"ab*c",
        @"a{0}bc",
        @"colou?r",
        @"(?i)started",
        @"x|started",
        @"\d+ events",
        @"\.gz",
        @"\s*padded",
        @"[Ss]tarted",
        @"automatic OmegaScans begun for: h1_llhoft, h1_r-reduced, h1_r-standard",
        @"minimum glitch-FAP for (.*) at H1 within \[(.*), (.*)\] is (.*)",
        @"",
    ];

    private static readonly string[] Texts =
    [
        "Started searching for iDQ information within [1187008872, 1187008892] at H1",
        "Started searching for iDQ information within [1187008872, 1187008892] at L1",
        "started searching",
        "STARTED",
        "INFO:BAYESTAR:starting sky localization",
        "bayestar.fits.gz",
        "bayestarXfits.gz",
        "skymap.fits",
        "skymap.fits.gz",
        "ac", "abc", "abbbc", "bc", "color", "colour", "colr",
        "x", "12 events", "events", ".gz", "   padded", "padded",
        "minimum glitch-FAP for ovl at H1 within [1187008872, 1187008892] is 0.031250",
        "",
    ];

    [TestCase(@"Started searching for iDQ information within \[(.*)", "Started searching for iDQ information within [")]
    [TestCase(@"abc?", "ab")]
    [TestCase(@"ab+c", "ab")]
    [TestCase(@"ab*c", "a")]
    [TestCase(@"a|b", "")]
    [TestCase(@"\d+x", "")]
    [TestCase(@"(?i)abc", "")]
    [TestCase(@"x{2}", "")]
    [TestCase(@"a.b", "a")]
    [TestCase(@"\.gz", ".gz")]
    [TestCase(@"tab\there", "tab")]
    [TestCase(@"", "")]
    public void Of_ReadsTheLiteralStart(string pattern, string prefix) =>
        Assert.That(RegexLiteralPrefix.Of(pattern), Is.EqualTo(prefix));

    [Test]
    public void PythonMatch_WithThePrefixShortcut_AgreesWithTheRegexAlone()
    {
        foreach (string pattern in Patterns)
        {
            var plain = new Regex(@"\A(?:" + pattern + ")", RegexOptions.CultureInvariant);
            foreach (string text in Texts)
            {
                Assert.That(Matching.PythonMatch(text, pattern) is not null, Is.EqualTo(plain.IsMatch(text)), $"pattern '{pattern}', text '{text}'");
                Assert.That(plain.IsMatch(text) && !text.StartsWith(RegexLiteralPrefix.Of(pattern), StringComparison.Ordinal), Is.False, $"pattern '{pattern}' rules out '{text}'");
            }
        }
    }
}
