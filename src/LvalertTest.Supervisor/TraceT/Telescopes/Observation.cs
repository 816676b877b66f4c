using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.TraceT.Telescopes;

/// <summary>One observation a telescope accepted (TraceT's <c>Observations</c> row).</summary>
public sealed record Observation(
    long TriggerId,
    string Telescope,
    string ProposalKey,
    string TrigId,
    int NoticeId,
    string Reason,
    string? WebsiteLink,
    DateTimeOffset RequestSentAt,
    JsonObject Response);
