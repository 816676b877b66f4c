namespace LvalertTest.Core.GraceDb;

/// <summary>
/// What a GraceDb server accepts: the groups, pipelines, searches and labels of its API root document.
/// Names keep the real capitalisation ("CBC", "MBTAOnline", "AllSky"); matching is exact, as on the server.
/// </summary>
public sealed record GraceDbCatalog(
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> Pipelines,
    IReadOnlyList<string> Searches,
    IReadOnlyList<string> Labels)
{
    /// <summary>The vocabulary of the O2-era server the originals ran against, with the O3/O4 additions.</summary>
    public static GraceDbCatalog Default { get; } = new(
        Groups: ["CBC", "Burst", "External", "Test", "Detchar"],
        Pipelines:
        [
            "gstlal", "gstlal-spiir", "spiir", "pycbc", "MBTAOnline", "MBTA", "CWB", "CWB2G", "LIB", "oLIB", "MLy",
            "Fermi", "Swift", "INTEGRAL", "AGILE", "SNEWS", "HardwareInjection",
        ],
        Searches:
        [
            "AllSky", "LowMass", "HighMass", "EarlyWarning", "SSM", "MDC", "BBH", "IMBH", "AllSkyLong",
            "GRB", "SubGRB", "SubGRBTargeted",
        ],
        Labels:
        [
            "EM_Throttled", "EM_Selected", "EM_Superseded", "EM_READY", "PE_READY", "DQV", "INJ",
            "ADVREQ", "ADVOK", "ADVNO", "H1OPS", "H1OK", "H1NO", "L1OPS", "L1OK", "L1NO", "V1OPS", "V1OK", "V1NO",
            "EM_COINC", "SKYMAP_READY", "EMBRIGHT_READY", "PASTRO_READY", "DQOK", "DQR_REQUEST", "GCN_PRELIM_SENT",
            "SIGNIF_LOCKED", "LOW_SIGNIF_LOCKED", "LOW_SIGNIF_PRELIM_SENT", "HIGH_PROFILE", "RAVEN_ALERT",
            "COMBINEDSKYMAP_READY", "SOG_READY",
        ]);

    public bool IsGroup(string name) => Groups.Contains(name, StringComparer.Ordinal);

    public bool IsPipeline(string name) => Pipelines.Contains(name, StringComparer.Ordinal);

    public bool IsSearch(string name) => Searches.Contains(name, StringComparer.Ordinal);

    public bool IsLabel(string name) => Labels.Contains(name, StringComparer.Ordinal);
}
