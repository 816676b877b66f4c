namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>
/// One GCN notice as TraceT reads it (its <c>Event</c> row): where it came from, what it says about the transient, and
/// the per-telescope figures the decision rules use. Null means the notice did not say. Names follow TraceT's fields.
/// </summary>
public sealed record ParsedNotice
{
    public required string Ivorn { get; init; }

    /// <summary>SWIFT, Fermi, Antares, AMON, MAXI, LVC, HESS, or the IVORN's own name for anyone else.</summary>
    public required string Telescope { get; init; }

    /// <summary>BAT_GRB_Pos, GBM_Flt_Pos, Alert, ICECUBE_GOLD_Event, Preliminary, ...</summary>
    public required string EventType { get; init; }

    public required string TrigId { get; init; }

    /// <summary>True when the notice carried no id at all and one was made up from its content.</summary>
    public bool SelfGeneratedTrigId { get; init; }

    public int? SequenceNum { get; init; }

    public string? Role { get; init; }

    public DateTimeOffset? EventObserved { get; init; }

    public double? Ra { get; init; }

    public double? Dec { get; init; }

    /// <summary>Error radius in degrees (TraceT's <c>err</c> / <c>pos_error</c>).</summary>
    public double? PosError { get; init; }

    public string? RaHms { get; init; }

    public string? DecDms { get; init; }

    /// <summary>Seconds (Fermi trigger timescale, Swift integration time, HESS observation duration).</summary>
    public double? Duration { get; init; }

    /// <summary>GRB, FS (flare star), NU (neutrino), GW; null when TraceT cannot tell.</summary>
    public string? SourceType { get; init; }

    public string? SourceName { get; init; }

    /// <summary>Swift's GRB_Identified flag as written ("true"/"false").</summary>
    public string? GrbIdent { get; init; }

    public int? FermiMostLikelyIndex { get; init; }

    public int? FermiDetectionProb { get; init; }

    public double? SwiftRateSignif { get; init; }

    public int? AntaresRanking { get; init; }

    public double? HessSignificance { get; init; }

    /// <summary>Kept as the notice's text, as TraceT does: proposals compare it with a threshold string.</summary>
    public string? LvcFalseAlarmRate { get; init; }

    public double? LvcBinaryNeutronStarProbability { get; init; }

    public double? LvcNeutronStarBlackHoleProbability { get; init; }

    public double? LvcBinaryBlackHoleProbability { get; init; }

    public double? LvcTerrestrialProbability { get; init; }

    public double? LvcIncludesNeutronStarProbability { get; init; }

    public bool? LvcSignificant { get; init; }

    public string? LvcEventUrl { get; init; }

    /// <summary>Comma-separated detector list ("H1,L1").</summary>
    public string? LvcInstruments { get; init; }

    public string? LvcSkymapFits { get; init; }

    public string? LvcRetractionMessage { get; init; }

    /// <summary>The LVC group when it is Burst (such notices are ignored).</summary>
    public string? IsBurst { get; init; }

    /// <summary>True when TraceT stores the notice but makes no decision on it.</summary>
    public bool Ignored { get; init; }

    /// <summary>Why it was ignored (pair not of interest, lost star-tracker lock, test alert...).</summary>
    public string? IgnoreReason { get; init; }

    /// <summary>The packet's own text, as received.</summary>
    public required string Packet { get; init; }

    public bool IsRetraction => EventType == "Retraction";
}
