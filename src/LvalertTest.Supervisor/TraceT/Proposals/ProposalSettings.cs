namespace LvalertTest.Supervisor.TraceT.Proposals;

/// <summary>
/// One observing proposal (TraceT's <c>ProposalSettings</c>): which telescope observes what, and the thresholds its
/// decisions use. Defaults are TraceT's model defaults; only the fields the decision rules read are kept.
/// </summary>
public sealed record ProposalSettings
{
    /// <summary>Unique name within a run: the proposal id, with the file it came from when two files share one.</summary>
    public required string Key { get; init; }

    public required string ProposalId { get; init; }

    /// <summary>MWA_VCS, MWA_correlate or ATCA.</summary>
    public required string Telescope { get; init; }

    public string ProjectId { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    /// <summary>Lower runs first.</summary>
    public int Priority { get; init; } = 1;

    /// <summary>Only notices from this telescope (null: any).</summary>
    public string? EventTelescope { get; init; }

    public TestingMode Testing { get; init; } = TestingMode.PretendReal;

    /// <summary>GRB, FS, NU or GW.</summary>
    public required string SourceType { get; init; }

    public bool EventAnyDuration { get; init; }

    public double EventMinDuration { get; init; } = 0.256;

    public double EventMaxDuration { get; init; } = 1.024;

    public double PendingMinDuration1 { get; init; } = 1.025;

    public double PendingMaxDuration1 { get; init; } = 2.056;

    public double PendingMinDuration2 { get; init; } = 0.128;

    public double PendingMaxDuration2 { get; init; } = 0.255;

    /// <summary>Degrees; 0 or null: no limit.</summary>
    public double? MaximumPositionUncertainty { get; init; } = 0.05;

    public double FermiProb { get; init; } = 50;

    public double SwiftRateSignf { get; init; }

    public double MinimumHessSignificance { get; init; }

    public double MaximumHessSignificance { get; init; } = 1;

    public int AntaresMinRanking { get; init; } = 2;

    /// <summary>Degrees a triggered source must move before it is observed again.</summary>
    public double RepointingLimit { get; init; } = 10;

    /// <summary>MWA only: degrees of altitude the source must reach at the start or end of the observation.</summary>
    public double MwaHorizonLimit { get; init; } = 10;

    public double MwaExptime { get; init; } = 896;

    public double? AtcaDecMin1 { get; init; }

    public double? AtcaDecMax1 { get; init; }

    public double? AtcaDecMin2 { get; init; }

    public double? AtcaDecMax2 { get; init; }

    public double MinimumNeutronStarProbability { get; init; }

    public double MaximumNeutronStarProbability { get; init; } = 1;

    public double MinimumBinaryNeutronStarProbability { get; init; }

    public double MaximumBinaryNeutronStarProbability { get; init; } = 1;

    public double MinimumNeutronStarBlackHoleProbability { get; init; }

    public double MaximumNeutronStarBlackHoleProbability { get; init; } = 1;

    public double MinimumBinaryBlackHoleProbability { get; init; }

    public double MaximumBinaryBlackHoleProbability { get; init; } = 1;

    public double MinimumTerrestrialProbability { get; init; }

    public double MaximumTerrestrialProbability { get; init; } = 0.95;

    /// <summary>Text, as TraceT stores it ("1.00e-8"); a GW candidate with a larger FAR is not observed.</summary>
    public string? MaximumFalseAlarmRate { get; init; } = "1.00e-8";

    public bool ObserveSignificant { get; init; } = true;

    /// <summary>Seconds after the event a GW notice may still trigger; 0: TraceT's two hours.</summary>
    public double MaximumObservationTimeSeconds { get; init; }

    public bool IsMwa => Telescope.StartsWith("MWA", StringComparison.Ordinal);

    public bool IsAtca => Telescope == "ATCA";
}
