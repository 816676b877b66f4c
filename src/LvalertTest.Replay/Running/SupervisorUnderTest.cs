using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Replay.Running;

/// <summary>
/// One event supervisor (the lvalertMP engine running the event_supervisor process type from a childConfig) on a
/// clock and a GraceDb, with everything it does recorded: e-mails, run log lines and every finished check.
/// </summary>
public sealed class SupervisorUnderTest : IDisposable
{
    public SupervisorUnderTest(IGraceDb graceDb, EsConfig config, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(graceDb);
        ArgumentNullException.ThrowIfNull(config);
        var context = new EsContext(graceDb, config, Outbox, Log, Outcomes.Add);
        Engine = new SupervisorEngine(new EventSupervisorProcessType(context), new EngineOptions { Host = "replay", ConfigPath = config.Source }, Outbox, Log, clock);
    }

    public SupervisorEngine Engine { get; }

    public RecordedOutbox Outbox { get; } = new();

    public RecordingLog Log { get; } = new();

    public List<CheckOutcome> Outcomes { get; } = [];

    public void Receive(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        Engine.Receive(alert.Node, alert.Json);
    }

    public void Dispose() => Engine.Dispose();
}
