namespace LvalertTest.Supervisor.Logging;

/// <summary>Where and how <see cref="SerilogSupervisorLog"/> writes.</summary>
public sealed class SerilogSupervisorLogOptions
{
    /// <summary>A year of events must not hold a file handle each; evicted files are reopened to append.</summary>
    public const int DefaultMaxOpenGraceIdFiles = 16;

    /// <summary>The run log: every line, in order (see <see cref="LogFileNames.RunLogName"/>).</summary>
    public required string RunLogPath { get; init; }

    /// <summary>Where each GraceID's <c>&lt;graceid&gt;.log</c> is written (lvalertMP's log_directory).</summary>
    public required string GraceIdDirectory { get; init; }

    /// <summary>The %(name)s of every line: the process type, or "iQ" as lvalertMP's queue named itself.</summary>
    public required string LoggerName { get; init; }

    /// <summary>At most this many GraceID files open at once (Serilog.Sinks.Map's sinkMapCountLimit; 0 closes each after its line).</summary>
    public int MaxOpenGraceIdFiles { get; init; } = DefaultMaxOpenGraceIdFiles;

    /// <summary>
    /// False (the default): each line reaches the file as it is written, for someone tailing a live listener.
    /// True: lines may wait in memory until the file is closed (eviction or dispose); faster for long simulations.
    /// </summary>
    public bool Buffered { get; init; }

    /// <summary>Also write the run log's lines here (lvalertMP's print2stdout), e.g. <see cref="Console.Out"/>.</summary>
    public TextWriter? Mirror { get; init; }
}
