using System.Globalization;
using LvalertTest.Supervisor.Engine;

namespace LvalertTest.Supervisor.Logging;

/// <summary>
/// Log lines on a text writer in the run logs' layout (<c>time | name : INFO : message</c>), each flushed at once:
/// the listener's own messages on the console. Safe from several threads; the writer is not owned.
/// </summary>
public sealed class TextWriterSupervisorLog(TextWriter writer, string loggerName) : ISupervisorLog
{
    private readonly TextWriter _writer = writer ?? throw new ArgumentNullException(nameof(writer));
    private readonly Lock _gate = new();

    public void Write(DateTimeOffset time, string? graceId, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string line = string.Create(CultureInfo.InvariantCulture, $"{time.UtcDateTime.ToString(LogLine.TimeFormat, CultureInfo.InvariantCulture)} | {loggerName} : INFO : {message}\n");
        lock (_gate)
        {
            _writer.Write(line);
            _writer.Flush();
        }
    }
}
