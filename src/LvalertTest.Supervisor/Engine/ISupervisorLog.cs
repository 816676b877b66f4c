namespace LvalertTest.Supervisor.Engine;

/// <summary>The engine's log: one line per event worth keeping, stamped with the engine's clock and, when known, the GraceID.</summary>
public interface ISupervisorLog
{
    void Write(DateTimeOffset time, string? graceId, string message);
}

/// <summary>Keeps log lines in memory (tests, simulations).</summary>
public sealed class RecordingLog : ISupervisorLog
{
    private readonly List<(DateTimeOffset Time, string? GraceId, string Message)> _lines = [];

    public IReadOnlyList<(DateTimeOffset Time, string? GraceId, string Message)> Lines => _lines;

    public void Write(DateTimeOffset time, string? graceId, string message) => _lines.Add((time, graceId, message));
}
