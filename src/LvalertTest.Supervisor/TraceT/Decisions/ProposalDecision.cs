using LvalertTest.Supervisor.TraceT.Proposals;

namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>
/// One proposal's standing decision about one event group, with the position it would observe and its reason log:
/// lines of "&lt;UTC time&gt;: Event ID &lt;n&gt;: &lt;reason&gt;", the first 28 characters being the stamp.
/// </summary>
public sealed class ProposalDecision
{
    private readonly List<string> _log = [];

    internal ProposalDecision(ProposalSettings proposal, EventGroup group)
    {
        Proposal = proposal;
        Group = group;
    }

    public ProposalSettings Proposal { get; }

    public EventGroup Group { get; }

    public DecisionCode Code { get; internal set; } = DecisionCode.Ignored;

    public double? Ra { get; internal set; }

    public double? Dec { get; internal set; }

    public double? PosError { get; internal set; }

    /// <summary>The sky map the last GW observation was pointed with, so a new map can move it.</summary>
    public string? ObservedSkymap { get; internal set; }

    public IReadOnlyList<string> ReasonLog => _log;

    public string Reason => string.Join("\n", _log);

    internal void Log(DateTimeOffset now, int noticeId, string reason) =>
        _log.Add(FormattableString.Invariant($"{now.UtcDateTime:yyyy-MM-dd HH:mm:ss.ffffff}: Event ID {noticeId}: {reason}"));

    internal void MoveTo(double? ra, double? dec, double? posError)
    {
        if (ra is null || dec is null)
        {
            return;
        }

        Ra = ra;
        Dec = dec;
        // An error of 0 is a missing value in these notices, not a perfect position.
        if (posError is not 0.0)
        {
            PosError = posError;
        }
    }
}
