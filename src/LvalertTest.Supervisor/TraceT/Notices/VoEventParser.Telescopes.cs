namespace LvalertTest.Supervisor.TraceT.Notices;

public static partial class VoEventParser
{
    private static ParsedNotice Fermi(VoEventDocument v, ParsedNotice notice) => notice with
    {
        Duration = v.Number(v.Param("Trig_Timescale"), "Fermi Trig_Timescale"),
        SequenceNum = v.Integer(v.Param("Sequence_Num"), "Fermi Sequence_Num") ?? throw v.Error("a Fermi notice has no Sequence_Num"),
        FermiMostLikelyIndex = v.Integer(v.Param("Most_Likely_Index"), "Fermi Most_Likely_Index"),
        FermiDetectionProb = v.Integer(v.Param("Most_Likely_Prob"), "Fermi Most_Likely_Prob"),
    };

    private static ParsedNotice Swift(VoEventDocument v, ParsedNotice notice)
    {
        // A Swift position taken while the star tracker had lost its lock is not to be trusted.
        bool lostLock = string.Equals(v.Param("StarTrack_Lost_Lock")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return notice with
        {
            EventType = lostLock ? notice.EventType + " SWIFT lost star tracker" : notice.EventType,
            Ignored = lostLock,
            IgnoreReason = lostLock ? "the SWIFT star tracker lost its lock" : null,
            Duration = v.Number(v.Param("Integ_Time"), "Swift Integ_Time"),
            SwiftRateSignif = v.Number(v.Param("Rate_Signif"), "Swift Rate_Signif"),
            GrbIdent = v.Param("GRB_Identified"),
        };
    }

    private static ParsedNotice Hess(VoEventDocument v, ParsedNotice notice) => notice with
    {
        Duration = v.Number(v.Param("observation_duration"), "HESS observation_duration") ?? throw v.Error("a HESS notice has no observation_duration"),
        HessSignificance = v.Number(v.Param("significance"), "HESS significance") ?? throw v.Error("a HESS notice has no significance"),
    };

    /// <summary>
    /// LVC notices: Burst-group candidates are ignored; a retraction carries only its message. Unlike TraceT (which
    /// fails on any missing parameter) a missing classification is left null: the GraceDb fake's own VOEvents have none.
    /// </summary>
    private static ParsedNotice Lvc(VoEventDocument v, ParsedNotice notice)
    {
        string? group = v.Param("Group");
        bool burst = group == "Burst";
        notice = notice with
        {
            IsBurst = burst ? group : null,
            Ignored = burst,
            IgnoreReason = burst ? "Burst-group GW candidates are not followed up" : null,
            LvcSkymapFits = v.Param("skymap_fits"),
        };
        if (notice.IsRetraction)
        {
            return notice with { LvcRetractionMessage = v.Text("Citations", "Description")?.Trim() };
        }

        if (burst)
        {
            return notice;
        }

        return notice with
        {
            LvcIncludesNeutronStarProbability = v.Number(v.Param("HasNS"), "LVC HasNS"),
            LvcFalseAlarmRate = v.Param("FAR")?.Trim(),
            LvcSignificant = Flag(v, "Significant"),
            LvcEventUrl = v.Param("EventPage"),
            LvcBinaryNeutronStarProbability = v.Number(v.ParamIn("Classification", "BNS") ?? v.Param("BNS"), "LVC BNS"),
            LvcNeutronStarBlackHoleProbability = v.Number(v.ParamIn("Classification", "NSBH") ?? v.Param("NSBH"), "LVC NSBH"),
            LvcBinaryBlackHoleProbability = v.Number(v.ParamIn("Classification", "BBH") ?? v.Param("BBH"), "LVC BBH"),
            LvcTerrestrialProbability = v.Number(v.ParamIn("Classification", "Terrestrial") ?? v.Param("Terrestrial"), "LVC Terrestrial"),
            LvcInstruments = v.Param("Instruments"),
        };
    }

    // TraceT's bool("0") is True; the flag's meaning (1 = significant) is what is kept here.
    private static bool? Flag(VoEventDocument v, string name) => v.Param(name)?.Trim() switch
    {
        null => null,
        "1" or "true" or "True" => true,
        "0" or "false" or "False" => false,
        { } other => throw v.Error($"LVC {name} is '{other}', not 0 or 1"),
    };
}
