using System.Globalization;
using Serilog.Events;
using Serilog.Parsing;

namespace LvalertTest.Supervisor.Logging;

/// <summary>How one engine log line becomes a Serilog event and then text.</summary>
internal static class LogLine
{
    public const string SimTime = "SimTime";
    public const string Logger = "Logger";
    public const string GraceId = "GraceId";
    private const string Line = "Line";

    /// <summary>lvalertMP's '%(asctime)s | %(name)s : %(levelname)s : %(message)s'.</summary>
    /// <remarks>
    /// The time is the engine's (a property), never Serilog's own timestamp. "\n" rather than {NewLine} so the files
    /// are the same bytes on every platform; u4 renders Information as Python's "INFO".
    /// </remarks>
    public const string OutputTemplate = "{" + SimTime + "} | {" + Logger + "} : {Level:u4} : {Message:lj}\n";

    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

    // The engine's text goes in as a property, not as the template: braces in it must not be read as placeholders.
    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse("{" + Line + "}");

    public static LogEvent Create(DateTimeOffset time, string logger, string? graceId, string message)
    {
        List<LogEventProperty> properties =
        [
            new(SimTime, new ScalarValue(time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture))),
            new(Logger, new ScalarValue(logger)),
            new(Line, new ScalarValue(message)),
        ];
        if (!string.IsNullOrEmpty(graceId))
        {
            properties.Add(new LogEventProperty(GraceId, new ScalarValue(graceId)));
        }

        // The event's own timestamp is the engine's time too, so nothing in the pipeline reads the wall clock.
        return new LogEvent(time, LogEventLevel.Information, null, Template, properties);
    }

    /// <summary>Map's key: the event's GraceID file name; events without a GraceID go to no per-event file.</summary>
    public static bool TryGetGraceIdFile(LogEvent logEvent, out string fileName)
    {
        if (logEvent.Properties.TryGetValue(GraceId, out LogEventPropertyValue? value) && value is ScalarValue { Value: string id })
        {
            // Keyed on the file name, not the raw ID: two IDs that sanitise alike share one open file.
            fileName = LogFileNames.GraceIdLogName(id);
            return true;
        }

        fileName = "";
        return false;
    }
}
