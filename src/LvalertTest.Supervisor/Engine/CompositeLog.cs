namespace LvalertTest.Supervisor.Engine;

/// <summary>
/// Writes each line to several logs, in the order given (e.g. a <see cref="RecordingLog"/> to assert on and the
/// log files). It owns none of them: whoever made them disposes them.
/// </summary>
public sealed class CompositeLog : ISupervisorLog
{
    private readonly ISupervisorLog[] _logs;

    public CompositeLog(params ISupervisorLog[] logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        foreach (ISupervisorLog log in logs)
        {
            ArgumentNullException.ThrowIfNull(log, nameof(logs));
        }

        _logs = [.. logs];
    }

    public void Write(DateTimeOffset time, string? graceId, string message)
    {
        foreach (ISupervisorLog log in _logs)
        {
            log.Write(time, graceId, message);
        }
    }
}
