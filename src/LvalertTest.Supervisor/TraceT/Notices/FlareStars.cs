namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>
/// Known flaring stars, lower case. TraceT reads MAXI's list and the Swift source catalogue (type 11); this is the
/// subset those notices name. A name matches when it appears anywhere in the notice's source name, because MAXI
/// writes names like " flare from HR1099".
/// </summary>
public static class FlareStars
{
    private static readonly string[] Names =
    [
        "ad leo", "at mic", "au mic", "cf tuc", "ev lac", "eq peg", "gj 1243", "hd 8357", "hr 1099", "hr1099", "ii peg",
        "proxima cen", "sigma gem", "uv cet", "ux ari", "yz cmi",
    ];

    public static bool Matches(string? sourceName)
    {
        if (string.IsNullOrWhiteSpace(sourceName))
        {
            return false;
        }

        string lower = sourceName.ToLowerInvariant();
        return Array.Exists(Names, n => lower.Contains(n, StringComparison.Ordinal));
    }
}
