using System.IO.Abstractions;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.Engine;

namespace LvalertTest.Supervisor.Listening;

/// <summary>What a child process's log is for, when <see cref="ListenerHostOptions.Logs"/> makes the logs.</summary>
/// <param name="Section">The process file's section.</param>
/// <param name="ProcessType">The childConfig's process_type.</param>
/// <param name="ChildConfigPath">The childConfig file read (it names the run log).</param>
/// <param name="LogDirectory">Where the logs go: the host's override, else the childConfig's log_directory.</param>
public sealed record ListenerLogRequest(string Section, string ProcessType, string ChildConfigPath, string LogDirectory);

/// <summary>How a <see cref="ListenerHost"/> runs its child processes.</summary>
public sealed record ListenerHostOptions
{
    /// <summary>The node a raw alert line (not a journal line) is for; null: such lines are reported and skipped.</summary>
    public string? DefaultNode { get; init; }

    /// <summary>Every child process logs here instead of its childConfig's log_directory.</summary>
    public string? LogDirectory { get; init; }

    /// <summary>
    /// Each child process keeps <c>&lt;dir&gt;/&lt;section&gt;.checkpoint.json</c>, recovers from it when started,
    /// and skips the alerts it had already received; null: no checkpoints.
    /// </summary>
    public string? CheckpointDirectory { get; init; }

    /// <summary>The host name, user and process id named in warning e-mails and heartbeat answers.</summary>
    public string Host { get; init; } = "lvalerttest";

    public string User { get; init; } = "lvalerttest";

    public int ProcessId { get; init; }

    /// <summary>Also write every run log's lines here (lvalertMP's print2stdout); only for the default Serilog logs.</summary>
    public TextWriter? Mirror { get; init; }

    /// <summary>How often to look again: a journal for new lines, the queues for idleness (<see cref="ListenerHost.RunAsync"/>).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Where the process file, childConfigs and checkpoints are read and written.</summary>
    public IFileSystem FileSystem { get; init; } = new FileSystem();

    /// <summary>The process types by name, made for one child process (its log, childConfig, mail and GraceDb).</summary>
    public Func<ProcessTypeSetup, ProcessTypeRegistry> ProcessTypes { get; init; } = ListenerProcessTypes.Create;

    /// <summary>The GraceDb that event-supervisor checks read and annotate; required when a childConfig runs one.</summary>
    public IGraceDb? GraceDb { get; init; }

    /// <summary>Hears of every finished event-supervisor check (for reports); null: nobody.</summary>
    public Action<EventSupervisor.CheckOutcome>? Outcomes { get; init; }

    /// <summary>
    /// Makes each child process's log; null: a <see cref="Logging.SerilogSupervisorLog"/> run log and per-GraceID logs
    /// in the log directory. Logs that are <see cref="IDisposable"/> are disposed with the host.
    /// </summary>
    public Func<ListenerLogRequest, ISupervisorLog>? Logs { get; init; }

    /// <summary>Where heartbeat answers go; null: requests are handled but answered nowhere.</summary>
    public IAlertPublisher? Responder { get; init; }
}
