using LvalertTest.Core.Alerts;
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
    FaultPlan? Faults = null)
{
    /// <summary>The supervisor that watches the run, or null for GraceDb alone.</summary>
    public SupervisorSetup? Supervisor { get; init; }

    /// <summary>The dialect GraceDb publishes its alerts in.</summary>
    public AlertDialect Dialect { get; init; } = AlertDialect.Legacy;

    /// <summary>Where the fake GraceDb lives unless the command line says otherwise.</summary>
    public StoreKind Store { get; init; } = StoreKind.Memory;

    public AlertFaults AlertFaults { get; init; } = AlertFaults.None;

    /// <summary>Supervisor crashes, each followed by a restart from the checkpoint.</summary>
    public IReadOnlyList<SupervisorCrash> Crashes { get; init; } = [];
}

