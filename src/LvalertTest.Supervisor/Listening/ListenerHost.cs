using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Listening;

/// <summary>
/// lvalert_listenMP without XMPP: one <see cref="SupervisorEngine"/> per section of a process file, each serving that
/// section's nodes, fed from a journal or a stream instead of the lvalert server. An alert goes to the engine owning
/// its node; alerts for nodes nobody serves are ignored and counted. With a checkpoint directory every engine keeps a
/// checkpoint and, after a restart, passes over the first <see cref="SupervisorEngine.AlertsReceived"/> alerts
/// addressed to it (the input is read from its start again), so nothing is handled twice and nothing is lost.
/// Everything runs on the given <see cref="TimeProvider"/>: the system clock for a live listener, a virtual one in tests.
/// </summary>
public sealed partial class ListenerHost : IDisposable
{
    private readonly ListenerHostOptions _options;
    private readonly TimeProvider _time;
    private readonly ISupervisorLog _listenerLog;
    private readonly CountingNotifier _emails;
    private readonly List<ListenerProcess> _processes = [];
    private readonly List<IDisposable> _ownedLogs = [];
    private readonly Dictionary<string, ListenerProcess> _byNode = new(StringComparer.Ordinal);
    private bool _disposed;

    private ListenerHost(ListenerHostOptions options, TimeProvider time, ISupervisorLog listenerLog, INotifier? notifier)
    {
        _options = options;
        _time = time;
        _listenerLog = listenerLog;
        _emails = new CountingNotifier(notifier, email => Note($"e-mail not sent (no outbox or mail server given): '{email.Subject}' to {string.Join(" ", email.To)}"));
    }

    /// <summary>
    /// Reads the process file and every childConfig, makes each section's log and engine, and starts the engines
    /// (recovering each from its checkpoint). Nothing is started unless every section is valid.
    /// </summary>
    /// <param name="processFile">The lvalert_listenMP process file.</param>
    /// <param name="options">Where logs and checkpoints go, the default node, and the rest.</param>
    /// <param name="time">The engines' clock.</param>
    /// <param name="listenerLog">The listener's own messages (not any one process's).</param>
    /// <param name="notifier">Where the e-mails go; null: each is reported on <paramref name="listenerLog"/> instead.</param>
    /// <exception cref="Core.Config.IniFormatException">The process file or a childConfig is missing or wrong (the message names file and field).</exception>
    /// <exception cref="Checkpoints.CheckpointException">A checkpoint cannot be read; it is left as it was.</exception>
    public static ListenerHost Open(string processFile, ListenerHostOptions options, TimeProvider time, ISupervisorLog listenerLog, INotifier? notifier = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(processFile);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(listenerLog);
        var host = new ListenerHost(options, time, listenerLog, notifier);
        bool opened = false;
        try
        {
            host.Build(processFile);
            host.StartEngines();
            opened = true;
            return host;
        }
        finally
        {
            if (!opened)
            {
                host.Dispose();
            }
        }
    }

    /// <summary>The sections of the process file, in its order.</summary>
    public IReadOnlyList<string> Sections => _processes.Select(p => p.Section.Name).ToList();

    /// <summary>The engine of a section (for tests and tools that look inside).</summary>
    public SupervisorEngine EngineFor(string section) =>
        _processes.Find(p => p.Section.Name == section)?.Engine ?? throw new KeyNotFoundException($"no section [{section}]");

    /// <summary>True when no engine has an item left to run.</summary>
    public bool IsIdle => _processes.TrueForAll(p => p.Engine.PendingCount == 0);

    /// <summary>Whether some process has an item queued for the event: it may still check or annotate it.</summary>
    public bool HasWorkFor(string graceId) => _processes.Exists(p => p.Engine.HasWorkFor(graceId));

    public ListenerSummary Summary() => new(
        _alertsRead,
        _ignored,
        _skipped,
        _badLines,
        _emails.Sent,
        _emails.Failed,
        _processes.Select(p => new ListenerProcessSummary(p.Section.Name, p.Child.ProcessType, p.Delivered, p.Engine.PendingCount)).ToList());

    /// <summary>Stops every engine, then closes (and so flushes) the logs. The notifier is the caller's.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (ListenerProcess process in _processes)
        {
            process.Engine.Dispose();
        }

        foreach (IDisposable log in _ownedLogs)
        {
            log.Dispose();
        }
    }

    private void Note(string message) => _listenerLog.Write(_time.GetUtcNow(), null, message);
}
