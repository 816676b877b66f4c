using LvalertTest.Supervisor.TraceT.Notices;
using LvalertTest.Supervisor.TraceT.Proposals;
using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Supervisor.TraceT.Decisions;

public sealed partial class TraceTService
{
    /// <summary>TraceT's <c>proposal_worth_observing</c>: the rules for this proposal, then the request if they say so.</summary>
    private void Evaluate(ProposalDecision d, ParsedNotice notice, int id, DateTimeOffset now, string observationReason)
    {
        ProposalSettings p = d.Proposal;
        if (p.Testing is TestingMode.PretendReal or TestingMode.RealOnly && notice.Role == "test")
        {
            d.Code = DecisionCode.Ignored;
            d.Log(now, id, $"Proposal setting {Setting(p.Testing)} does not trigger on event role test.");
            return;
        }

        Verdict verdict = Rules(d, notice, now);
        foreach (string reason in verdict.Reasons)
        {
            d.Log(now, id, reason);
        }

        bool debug = verdict.Debug;
        if (verdict.Trigger)
        {
            d.Code = Observe(d, notice, id, now, observationReason);
            debug |= d.Code == DecisionCode.Error;
        }
        else if (verdict.Pending)
        {
            d.Code = DecisionCode.Pending;
        }
        else if (!notice.IsRetraction)
        {
            // A retraction says nothing new about a decision that did not trigger: it stands.
            d.Code = DecisionCode.Ignored;
        }

        _alerts?.Send(now, d, trigger: d.Code == DecisionCode.Triggered && verdict.Trigger, debug, verdict.Pending);
    }

    private Verdict Rules(ProposalDecision d, ParsedNotice notice, DateTimeOffset now)
    {
        ProposalSettings p = d.Proposal;
        if (p.EventTelescope is { } only && only.Trim() != notice.Telescope.Trim())
        {
            return new Verdict(false, false, false, [$"This proposal does not trigger on events from {notice.Telescope}."]);
        }

        string? groupType = d.Group.SourceType;
        if (p.SourceType != groupType)
        {
            return new Verdict(false, false, false, [$"This proposal does not observe {groupType ?? "None"}s."]);
        }

        return p.SourceType switch
        {
            "GRB" => GrbRules.WorthObserving(notice, p, d.Dec),
            "FS" => Verdict.Triggering($"Triggering on Flare Star {d.Group.SourceName}."),
            "NU" => NeutrinoRules.WorthObserving(notice, p),
            _ => GwRules.WorthObserving(notice, p, now),
        };
    }

    /// <summary>TraceT's <c>trigger_observation</c>: horizon check for MWA, then the request; T, E, or I below the horizon.</summary>
    private DecisionCode Observe(ProposalDecision d, ParsedNotice notice, int id, DateTimeOffset now, string reason)
    {
        ProposalSettings p = d.Proposal;
        if (p.IsMwa && d.Ra is { } ra && d.Dec is { } dec && !AboveHorizon(d, ra, dec, id, now))
        {
            return DecisionCode.Ignored;
        }

        // Only real events for proposals that ask for real observations are scheduled for real.
        bool pretend = !(p.Testing is TestingMode.Both or TestingMode.RealOnly && notice.Role != "test");
        string observationName = $"{string.Join("_", d.Group.Notices.Select(n => n.Notice.Telescope).Distinct(StringComparer.Ordinal))}_{d.Group.TrigId}";
        var request = new ObservationRequest(now, p.Telescope, p.ProjectId, p.Key, d.Group.TrigId, observationName, d.Ra, d.Dec, p.MwaExptime, pretend, reason);
        TelescopeAnswer answer;
        try
        {
            answer = _telescopes.Request(request);
        }
        catch (TelescopeUnavailableException e)
        {
            d.Log(now, id, $"{p.Telescope} request failed: {e.Message}.");
            return DecisionCode.Error;
        }

        if (!answer.Accepted || answer.TriggerId is not { } triggerId)
        {
            d.Log(now, id, $"{p.Telescope} refused the observation: {answer.Error}.");
            return DecisionCode.Error;
        }

        _observations.Add(new Observation(triggerId, p.Telescope, p.Key, d.Group.TrigId, id, reason, answer.WebsiteLink, now, answer.Response));
        d.ObservedSkymap = notice.LvcSkymapFits;
        d.Log(now, id, FormattableString.Invariant($"{p.Telescope} accepted the observation: trigger id {triggerId}{(pretend ? " (pretend)" : string.Empty)}."));
        return DecisionCode.Triggered;
    }

    private static bool AboveHorizon(ProposalDecision d, double ra, double dec, int id, DateTimeOffset now)
    {
        ProposalSettings p = d.Proposal;
        double limit = p.MwaHorizonLimit;
        double start = AltitudeCalculator.Altitude(p.Telescope, ra, dec, now);
        double end = AltitudeCalculator.Altitude(p.Telescope, ra, dec, now + TimeSpan.FromSeconds(p.MwaExptime));
        if (start < limit && end < limit)
        {
            d.Log(now, id, FormattableString.Invariant($"Not triggering due to horizon limit: alt_beg {start:0.0000} < {limit:0.0000} and alt_end {end:0.0000} < {limit:0.0000}."));
            return false;
        }

        if (start < limit)
        {
            d.Log(now, id, FormattableString.Invariant($"Warning: The source is below the horizion limit at the start of the observation alt_beg {start:0.0000}."));
        }
        else if (end < limit)
        {
            d.Log(now, id, FormattableString.Invariant($"Warning: The source will set below the horizion limit by the end of the observation alt_end {end:0.0000}."));
        }

        d.Log(now, id, $"Above horizon so attempting to observe with {p.Telescope}.");
        return true;
    }

    private static string Setting(TestingMode mode) => mode switch
    {
        TestingMode.PretendReal => "PRETEND_REAL",
        TestingMode.Both => "BOTH",
        _ => "REAL_ONLY",
    };
}
