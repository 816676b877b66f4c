using LvalertTest.Supervisor.TraceT.Notices;
using LvalertTest.Supervisor.TraceT.Proposals;
using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>
/// TraceT's event processing (its <c>group_trigger</c> signal): each notice joins the group of its trigger id; the
/// first notice worth acting on creates one decision per proposal (priority order) and evaluates it; later notices
/// re-evaluate ignored and failed decisions, move triggered ones when the source moved beyond the repointing limit
/// (or a GW sky map changed), cancel triggered ones on a retraction, and leave canceled and pending ones alone.
/// Time comes from the <see cref="TimeProvider"/>; every collection is ordered, so equal inputs give equal outputs.
/// </summary>
public sealed partial class TraceTService
{
    private readonly ITelescopeService _telescopes;
    private readonly TimeProvider _time;
    private readonly UserAlerts? _alerts;
    private readonly SortedDictionary<string, EventGroup> _groups = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<ProposalDecision>> _decisions = new(StringComparer.Ordinal);
    private readonly List<Observation> _observations = [];
    private int _noticeCount;

    public TraceTService(IReadOnlyList<ProposalSettings> proposals, ITelescopeService telescopes, TimeProvider time, UserAlerts? alerts = null)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(telescopes);
        ArgumentNullException.ThrowIfNull(time);
        Proposals = proposals.OrderBy(p => p.Priority).ToList();
        _telescopes = telescopes;
        _time = time;
        _alerts = alerts;
    }

    public IReadOnlyList<ProposalSettings> Proposals { get; }

    public IReadOnlyList<EventGroup> Groups => _groups.Values.ToList();

    public IReadOnlyList<Observation> Observations => _observations;

    public int NoticeCount => _noticeCount;

    public EventGroup? Group(string trigId) => _groups.GetValueOrDefault(trigId);

    public IReadOnlyList<ProposalDecision> DecisionsFor(string trigId) => _decisions.TryGetValue(trigId, out List<ProposalDecision>? list) ? list : [];

    public NoticeOutcome Receive(ParsedNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        DateTimeOffset now = _time.GetUtcNow();
        int id = ++_noticeCount;
        if (!_groups.TryGetValue(notice.TrigId, out EventGroup? group))
        {
            group = new EventGroup(notice.TrigId);
            _groups.Add(notice.TrigId, group);
        }

        group.Add(id, notice);
        if (notice.Ignored)
        {
            return new NoticeOutcome(id, notice.TrigId, true, notice.IgnoreReason, [], []);
        }

        int observationsBefore = _observations.Count;
        List<(ProposalDecision Decision, int LogBefore, DecisionCode CodeBefore)> before;
        if (_decisions.TryGetValue(notice.TrigId, out List<ProposalDecision>? decisions))
        {
            before = decisions.Select(d => (d, d.ReasonLog.Count, d.Code)).ToList();
            foreach (ProposalDecision decision in decisions)
            {
                Revisit(decision, notice, id, now);
            }
        }
        else
        {
            decisions = Proposals.Select(p => new ProposalDecision(p, group)).ToList();
            _decisions.Add(notice.TrigId, decisions);
            before = decisions.Select(d => (d, 0, d.Code)).ToList();
            group.Ignored = false;
            foreach (ProposalDecision decision in decisions)
            {
                decision.MoveTo(notice.Ra, notice.Dec, notice.PosError);
                decision.Log(now, id, "Beginning event analysis.");
                Evaluate(decision, notice, id, now, "First observation.");
            }
        }

        List<DecisionChange> changes = before
            .Where(b => b.Decision.ReasonLog.Count > b.LogBefore || b.Decision.Code != b.CodeBefore)
            .Select(b => new DecisionChange(notice.TrigId, b.Decision.Proposal.Key, b.Decision.Proposal.Telescope, b.Decision.Code, b.Decision.ReasonLog.Skip(b.LogBefore).ToList()))
            .ToList();
        return new NoticeOutcome(id, notice.TrigId, false, null, changes, _observations.Skip(observationsBefore).ToList());
    }

    private void Revisit(ProposalDecision d, ParsedNotice notice, int id, DateTimeOffset now)
    {
        switch (d.Code)
        {
            case DecisionCode.Canceled:
                d.Log(now, id, "Previous observation canceled so not observing.");
                break;
            case DecisionCode.Pending:
                d.Log(now, id, "Waiting for a human's decision, so this event changes nothing.");
                break;
            case DecisionCode.Ignored or DecisionCode.Error:
                d.MoveTo(notice.Ra, notice.Dec, notice.PosError);
                d.Log(now, id, "Checking new Event.");
                Evaluate(d, notice, id, now, "First observation.");
                break;
            case DecisionCode.Triggered when notice.IsRetraction:
                d.Code = DecisionCode.Canceled;
                d.Log(now, id, $"Retraction received so canceling the {d.Proposal.Telescope} observation.");
                _alerts?.Send(now, d, trigger: false, debug: true, pending: false);
                break;
            case DecisionCode.Triggered when d.Ra is { } ra && d.Dec is { } dec && notice.Ra is { } newRa && notice.Dec is { } newDec:
                Repoint(d, notice, id, now, SkyAngles.Separation(ra, dec, newRa, newDec));
                break;
            case DecisionCode.Triggered when notice.SourceType == "GW":
                if (notice.LvcSkymapFits is { } map && map != d.ObservedSkymap)
                {
                    d.Log(now, id, "New sky map so updating the observation.");
                    Evaluate(d, notice, id, now, "Updating observation positions based on event.");
                }
                else
                {
                    d.Log(now, id, "No new sky map so keeping the current observation.");
                }

                break;
            case DecisionCode.Triggered:
                Evaluate(d, notice, id, now, "First observation.");
                break;
        }
    }

    private void Repoint(ProposalDecision d, ParsedNotice notice, int id, DateTimeOffset now, double separation)
    {
        double limit = d.Proposal.RepointingLimit;
        if (separation <= limit)
        {
            d.Log(now, id, FormattableString.Invariant($"Separation ({separation:0.0000} deg) is within the repointing limit ({limit:0.0000} deg) so keeping the current observation."));
            return;
        }

        d.MoveTo(notice.Ra, notice.Dec, notice.PosError);
        string message = FormattableString.Invariant($"Repointing because seperation ({separation:0.0000} deg) is greater than the repointing limit ({limit:0.0000} deg).");
        d.Log(now, id, message);
        d.Code = Observe(d, notice, id, now, message);
        _alerts?.Send(now, d, trigger: d.Code == DecisionCode.Triggered, debug: d.Code == DecisionCode.Error, pending: false);
    }
}
