namespace LvalertTest.Supervisor.TraceT.Telescopes;

/// <summary>
/// What TraceT asks a telescope for: observe this position for this long under this project. <c>Pretend</c> asks the
/// service to check and schedule nothing (proposals in PRETEND_REAL mode, test events).
/// </summary>
public sealed record ObservationRequest(
    DateTimeOffset Time,
    string Telescope,
    string ProjectId,
    string ProposalKey,
    string TrigId,
    string ObservationName,
    double? Ra,
    double? Dec,
    double ExposureSeconds,
    bool Pretend,
    string Reason);
