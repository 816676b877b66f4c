namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>What an IVORN says: the telescope (by its GCN prefix) and the notice's event type.</summary>
public static class IvornNames
{
    private static readonly (string Prefix, string Telescope)[] Prefixes =
    [
        ("ivo://nasa.gsfc.gcn/SWIFT#", "SWIFT"),
        ("ivo://nasa.gsfc.gcn/Fermi#", "Fermi"),
        ("ivo://nasa.gsfc.gcn/Antares_Alert#", "Antares"),
        ("ivo://nasa.gsfc.gcn/AMON#", "AMON"),
        ("ivo://nasa.gsfc.gcn/MAXI#", "MAXI"),
        ("ivo://gwnet/LVC#", "LVC"),
        ("ivo://HESS/GRB#", "HESS"),
    ];

    /// <summary>The telescope; for an unknown prefix, the path segment before <c>#</c> (ivo://authority/NAME#...).</summary>
    public static string Telescope(string ivorn)
    {
        foreach ((string prefix, string telescope) in Prefixes)
        {
            if (ivorn.StartsWith(prefix, StringComparison.Ordinal))
            {
                return telescope;
            }
        }

        string path = ivorn["ivo://".Length..];
        int slash = path.IndexOf('/', StringComparison.Ordinal);
        string name = slash < 0 ? path : path[(slash + 1)..];
        return name.Split('#')[0];
    }

    /// <summary>
    /// LVC: the last dash-separated part (S230518h-1-Preliminary → Preliminary); Antares: the name after "Antares_";
    /// HESS: always GRB_To; others: the fragment up to its first digit, without a trailing underscore
    /// (BAT_GRB_Pos_772006-7987 → BAT_GRB_Pos, GBM_Fin_Pos2023-... → GBM_Fin_Pos).
    /// </summary>
    public static string EventType(string ivorn)
    {
        string fragment = ivorn[(ivorn.IndexOf('#', StringComparison.Ordinal) + 1)..];
        if (ivorn.Contains("LVC", StringComparison.Ordinal))
        {
            return fragment.Split('-')[^1];
        }

        if (ivorn.Contains("Antares", StringComparison.Ordinal))
        {
            string after = ivorn[(ivorn.LastIndexOf("Antares_", StringComparison.Ordinal) + "Antares_".Length)..];
            return after.Split('#')[0];
        }

        if (ivorn.Contains("HESS", StringComparison.Ordinal))
        {
            return "GRB_To";
        }

        int digit = fragment.AsSpan().IndexOfAnyInRange('0', '9');
        string head = digit < 0 ? fragment : fragment[..digit];
        return head.EndsWith('_') ? head[..^1] : head;
    }
}
