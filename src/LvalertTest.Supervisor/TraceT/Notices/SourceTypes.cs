namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>TraceT's guess of what kind of source a notice is about: GW, NU, FS (flare star), GRB, or null.</summary>
internal static class SourceTypes
{
    public const string Grb = "GRB";
    public const string FlareStar = "FS";
    public const string Neutrino = "NU";
    public const string GravitationalWave = "GW";

    public static string? Of(string telescope, string eventType, string? sourceName, VoEventDocument packet)
    {
        if (telescope == "LVC")
        {
            return GravitationalWave;
        }

        if (telescope == "Antares" || (telescope == "AMON" && eventType.Contains("ICECUBE", StringComparison.Ordinal)))
        {
            return Neutrino;
        }

        // Swift's sub-sub-threshold detections of catalogued stars are too faint to be worth a flare-star trigger.
        bool subSubThreshold = telescope == "SWIFT"
            && (packet.Text("What", "Description") ?? string.Empty).Contains("sub-sub-threshold", StringComparison.Ordinal);
        if (!subSubThreshold && FlareStars.Matches(sourceName))
        {
            return FlareStar;
        }

        bool grb = telescope switch
        {
            "SWIFT" => (packet.Param("GRB_Identified") ?? string.Empty).Trim().Contains("true", StringComparison.OrdinalIgnoreCase),
            "Fermi" or "HESS" => true,
            _ => false,
        };
        return grb || (sourceName?.Contains("GRB", StringComparison.Ordinal) ?? false) ? Grb : null;
    }
}
