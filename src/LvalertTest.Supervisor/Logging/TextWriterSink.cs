using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace LvalertTest.Supervisor.Logging;

/// <summary>The run log's lines on a caller's writer (lvalertMP's print2stdout). The writer is not owned.</summary>
internal sealed class TextWriterSink(TextWriter writer) : ILogEventSink, IDisposable
{
    private readonly MessageTemplateTextFormatter _formatter = new(LogLine.OutputTemplate, CultureInfo.InvariantCulture);
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            _formatter.Format(logEvent, writer);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            writer.Flush();
        }
    }
}
