namespace LvalertTest.Supervisor.TraceT.Proposals;

/// <summary>
/// How a proposal treats test notices (TraceT's <c>testing</c>): PRETEND_REAL observes real events with pretend
/// requests; BOTH also acts on test events; REAL_ONLY sends real requests for real events only.
/// </summary>
public enum TestingMode
{
    PretendReal,
    Both,
    RealOnly,
}
