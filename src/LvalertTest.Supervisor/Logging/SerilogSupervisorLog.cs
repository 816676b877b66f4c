using System.Globalization;
using LvalertTest.Supervisor.Engine;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;

namespace LvalertTest.Supervisor.Logging;

/// <summary>
/// The engine's log on disk, as lvalertMP and eventSupervisor kept it: a run log with every line, and one
/// <c>&lt;graceid&gt;.log</c> per event with only that event's lines. Each line is stamped with the time the engine
/// passed (virtual time in simulations), so the same input gives the same bytes. The files are complete once disposed.
/// </summary>
public sealed class SerilogSupervisorLog : ISupervisorLog, IDisposable
{
    private readonly Logger _logger;
    private readonly string _loggerName;
    private bool _disposed;

    public SerilogSupervisorLog(SerilogSupervisorLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.RunLogPath);
        ArgumentException.ThrowIfNullOrEmpty(options.GraceIdDirectory);
        ArgumentException.ThrowIfNullOrEmpty(options.LoggerName);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxOpenGraceIdFiles);

        // Serilog's File sink reports a file it cannot open only to its SelfLog and then drops every line:
        // create the directories and open the run log once here so a bad path fails now, loudly.
        string graceIdDirectory = Directory.CreateDirectory(options.GraceIdDirectory).FullName;
        string runLogPath = Path.GetFullPath(options.RunLogPath);
        Directory.CreateDirectory(Path.GetDirectoryName(runLogPath)!);
        using (File.Open(runLogPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
        }

        _loggerName = options.LoggerName;
        bool buffered = options.Buffered;
        LoggerConfiguration configuration = WriteFile(new LoggerConfiguration().MinimumLevel.Verbose().WriteTo, runLogPath, buffered)
            .WriteTo.Map<string>(
                LogLine.TryGetGraceIdFile,
                (fileName, to) => WriteFile(to, Path.Combine(graceIdDirectory, fileName), buffered),
                sinkMapCountLimit: options.MaxOpenGraceIdFiles);
        if (options.Mirror is { } mirror)
        {
            configuration = configuration.WriteTo.Sink(new TextWriterSink(mirror));
        }

        _logger = configuration.CreateLogger();
    }

    /// <summary>lvalertMP's layout: <c>&lt;log_directory&gt;/&lt;process_type&gt;_&lt;config&gt;.log</c>, GraceID logs beside it.</summary>
    public static SerilogSupervisorLog ForProcess(string logDirectory, string processType, string configPath, TextWriter? mirror = null) =>
        new(new SerilogSupervisorLogOptions
        {
            RunLogPath = Path.Combine(logDirectory, LogFileNames.RunLogName(processType, configPath)),
            GraceIdDirectory = logDirectory,
            LoggerName = processType,
            Mirror = mirror,
        });

    public void Write(DateTimeOffset time, string? graceId, string message)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(message);
        _logger.Write(LogLine.Create(time, _loggerName, graceId, message));
    }

    /// <summary>Flushes and closes every file (and flushes the mirror). Call it after the engine's last line.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _logger.Dispose();
    }

    // Appends (Python's FileHandler mode 'a'), no size cap: the File sink's default 1 GB cap drops lines silently.
    private static LoggerConfiguration WriteFile(LoggerSinkConfiguration to, string path, bool buffered) =>
        to.File(path, outputTemplate: LogLine.OutputTemplate, formatProvider: CultureInfo.InvariantCulture, fileSizeLimitBytes: null, buffered: buffered);
}
