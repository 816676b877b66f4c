using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>What every check shares: GraceDb, the childConfig, where mail and log lines go, and who hears of outcomes.</summary>
public sealed class EsContext(IGraceDb graceDb, EsConfig config, INotifier notifier, ISupervisorLog log, Action<CheckOutcome>? outcomes = null)
{
    public IGraceDb GraceDb { get; } = graceDb;

    public EsConfig Config { get; } = config;

    public INotifier Notifier { get; } = notifier;

    public ISupervisorLog Log { get; } = log;

    public void Record(CheckOutcome outcome) => outcomes?.Invoke(outcome);
}
