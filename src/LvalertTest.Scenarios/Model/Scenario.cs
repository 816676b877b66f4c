using LvalertTest.FakeGraceDb.Faults;
using LvalertTest.Simulation.Arrivals;

namespace LvalertTest.Scenarios.Model;

/// <summary>A validated scenario: when events arrive, what each kind of event does, and what the run must show.</summary>
public sealed record Scenario(
    string Name,
    string Description,
    long Seed,
    DateTimeOffset Start,
    ArrivalProcess Arrivals,
    IReadOnlyList<EventTemplate> Events,
    ScenarioExpectations Expect,
    FaultPlan? Faults = null);

/// <summary>What the run must show. Unset expectations are not checked.</summary>
public sealed record ScenarioExpectations(long? Events, long? Actions, string? Digest);
