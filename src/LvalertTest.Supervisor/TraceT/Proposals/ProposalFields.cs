using System.Globalization;
using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.TraceT.Proposals;

/// <summary>The <c>fields</c> of one proposalsettings fixture entry → <see cref="ProposalSettings"/>; unknown fields are TraceT's own.</summary>
internal static class ProposalFields
{
    private static readonly string[] SourceTypes = ["GRB", "FS", "NU", "GW"];

    public static ProposalSettings Read(JsonObject f, string where)
    {
        var r = new Reader(f, where);
        string proposalId = r.Text("proposal_id") ?? throw new ProposalFormatException($"{where}: proposal_id is missing");
        string sourceType = r.Text("source_type") ?? throw new ProposalFormatException($"{where}: source_type is missing");
        if (!SourceTypes.Contains(sourceType, StringComparer.Ordinal))
        {
            throw new ProposalFormatException($"{where}: source_type '{sourceType}' is not GRB, FS, NU or GW");
        }

        var d = new ProposalSettings { Key = proposalId, ProposalId = proposalId, Telescope = "?", SourceType = sourceType };
        return d with
        {
            Telescope = r.Text("telescope") ?? throw new ProposalFormatException($"{where}: telescope is missing"),
            ProjectId = r.Text("project_id") ?? string.Empty,
            Description = r.Text("proposal_description") ?? string.Empty,
            Priority = (int)(r.Number("priority") ?? d.Priority),
            EventTelescope = r.Text("event_telescope"),
            Testing = r.Text("testing") switch
            {
                null or "PRETEND_REAL" => TestingMode.PretendReal,
                "BOTH" => TestingMode.Both,
                "REAL_ONLY" => TestingMode.RealOnly,
                { } other => throw new ProposalFormatException($"{where}: testing '{other}' is not PRETEND_REAL, BOTH or REAL_ONLY"),
            },
            EventAnyDuration = r.Flag("event_any_duration") ?? d.EventAnyDuration,
            EventMinDuration = r.Number("event_min_duration") ?? d.EventMinDuration,
            EventMaxDuration = r.Number("event_max_duration") ?? d.EventMaxDuration,
            PendingMinDuration1 = r.Number("pending_min_duration_1") ?? d.PendingMinDuration1,
            PendingMaxDuration1 = r.Number("pending_max_duration_1") ?? d.PendingMaxDuration1,
            PendingMinDuration2 = r.Number("pending_min_duration_2") ?? d.PendingMinDuration2,
            PendingMaxDuration2 = r.Number("pending_max_duration_2") ?? d.PendingMaxDuration2,
            MaximumPositionUncertainty = r.Has("maximum_position_uncertainty") ? r.Number("maximum_position_uncertainty") : d.MaximumPositionUncertainty,
            FermiProb = r.Number("fermi_prob") ?? d.FermiProb,
            SwiftRateSignf = r.Number("swift_rate_signf") ?? d.SwiftRateSignf,
            MinimumHessSignificance = r.Number("minimum_hess_significance") ?? d.MinimumHessSignificance,
            MaximumHessSignificance = r.Number("maximum_hess_significance") ?? d.MaximumHessSignificance,
            AntaresMinRanking = (int)(r.Number("antares_min_ranking") ?? d.AntaresMinRanking),
            RepointingLimit = r.Number("repointing_limit") ?? d.RepointingLimit,
            MwaHorizonLimit = r.Number("mwa_horizon_limit") ?? d.MwaHorizonLimit,
            MwaExptime = r.Number("mwa_exptime") ?? d.MwaExptime,
            AtcaDecMin1 = r.Number("atca_dec_min_1"),
            AtcaDecMax1 = r.Number("atca_dec_max_1"),
            AtcaDecMin2 = r.Number("atca_dec_min_2"),
            AtcaDecMax2 = r.Number("atca_dec_max_2"),
            MinimumNeutronStarProbability = r.Number("minimum_neutron_star_probability") ?? d.MinimumNeutronStarProbability,
            MaximumNeutronStarProbability = r.Number("maximum_neutron_star_probability") ?? d.MaximumNeutronStarProbability,
            MinimumBinaryNeutronStarProbability = r.Number("minimum_binary_neutron_star_probability") ?? d.MinimumBinaryNeutronStarProbability,
            MaximumBinaryNeutronStarProbability = r.Number("maximum_binary_neutron_star_probability") ?? d.MaximumBinaryNeutronStarProbability,
            MinimumNeutronStarBlackHoleProbability = r.Number("minimum_neutron_star_black_hole_probability") ?? d.MinimumNeutronStarBlackHoleProbability,
            MaximumNeutronStarBlackHoleProbability = r.Number("maximum_neutron_star_black_hole_probability") ?? d.MaximumNeutronStarBlackHoleProbability,
            MinimumBinaryBlackHoleProbability = r.Number("minimum_binary_black_hole_probability") ?? d.MinimumBinaryBlackHoleProbability,
            MaximumBinaryBlackHoleProbability = r.Number("maximum_binary_black_hole_probability") ?? d.MaximumBinaryBlackHoleProbability,
            MinimumTerrestrialProbability = r.Number("minimum_terrestial_probability") ?? d.MinimumTerrestrialProbability,
            MaximumTerrestrialProbability = r.Number("maximum_terrestial_probability") ?? d.MaximumTerrestrialProbability,
            MaximumFalseAlarmRate = r.Has("maximum_false_alarm_rate") ? r.Text("maximum_false_alarm_rate") : d.MaximumFalseAlarmRate,
            ObserveSignificant = r.Flag("observe_significant") ?? d.ObserveSignificant,
            MaximumObservationTimeSeconds = r.Number("maximum_observation_time_seconds") ?? d.MaximumObservationTimeSeconds,
        };
    }

    private readonly struct Reader(JsonObject fields, string where)
    {
        public bool Has(string name) => fields.ContainsKey(name);

        public string? Text(string name) => fields[name] switch
        {
            null => null,
            JsonValue v when v.TryGetValue(out string? s) => s,
            JsonValue v => v.ToJsonString(),
            _ => throw new ProposalFormatException($"{where}: {name} must be a single value"),
        };

        public double? Number(string name) => fields[name] switch
        {
            null => null,
            JsonValue v when v.TryGetValue(out double d) => d,
            JsonValue v when v.TryGetValue(out long l) => l,
            JsonValue v when v.TryGetValue(out string? s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
            { } other => throw new ProposalFormatException($"{where}: {name} is '{other.ToJsonString().Trim('"')}', not a number"),
        };

        public bool? Flag(string name) => fields[name] switch
        {
            null => null,
            JsonValue v when v.TryGetValue(out bool b) => b,
            { } other => throw new ProposalFormatException($"{where}: {name} is '{other.ToJsonString().Trim('"')}', not true or false"),
        };
    }
}
