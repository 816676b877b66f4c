using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>A decision as one notice left it: its code and the reason lines that notice added.</summary>
public sealed record DecisionChange(string TrigId, string ProposalKey, string Telescope, DecisionCode Code, IReadOnlyList<string> NewReasons);

/// <summary>What one notice did: where it went, which decisions it touched, which observations it requested.</summary>
public sealed record NoticeOutcome(int NoticeId, string TrigId, bool Ignored, string? IgnoreReason, IReadOnlyList<DecisionChange> Decisions, IReadOnlyList<Observation> Observations);
