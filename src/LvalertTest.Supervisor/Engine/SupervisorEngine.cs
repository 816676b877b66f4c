using System.IO.Abstractions;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.Alerts;
using LvalertTest.Supervisor.Commands;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Engine;

/// <summary>
/// The long-lived supervisor process (lvalertMP's interactiveQueue): it takes alerts as they arrive, hands them to
/// its process type, runs every expired item, collects completed items, and warns by e-mail when the queue grows too
/// long. It runs on a <see cref="TimeProvider"/>: the kernel's virtual clock in simulations, the system clock in real
/// time. Instead of polling every <c>sleep</c> seconds, a timer wakes it exactly when the next item expires.
/// Nothing an alert or an item does can stop it: failures are logged and e-mailed.
/// </summary>
public sealed partial class SupervisorEngine : IDisposable
{
    private readonly IProcessType _processType;
    private readonly EngineOptions _options;
    private readonly INotifier _notifier;
    private readonly ISupervisorLog _log;
    private readonly TimeProvider _time;
    private readonly ITimer _wake;
    private readonly Lock _gate = new();
    private readonly IAlertPublisher? _responder;
    private readonly IFileSystem _fileSystem;
    private readonly Queue<(string Node, string Payload)> _deferred = new();
    private bool _started;
    private bool _disposed;
    private bool _working;

    public SupervisorEngine(IProcessType processType, EngineOptions options, INotifier notifier, ISupervisorLog log, TimeProvider time, IAlertPublisher? responder = null, IFileSystem? fileSystem = null)
    {
        ArgumentNullException.ThrowIfNull(processType);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(time);
        _processType = processType;
        _options = options;
        _notifier = notifier;
        _log = log;
        _time = time;
        _responder = responder;
        _fileSystem = fileSystem ?? new FileSystem();
        _wake = time.CreateTimer(_ => RunEpoch(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public SortedQueue Queue { get; } = new();

    /// <summary>
    /// Items still to run (complete ones awaiting collection left out), read under the engine's lock: safe from any
    /// thread while the engine's timer runs epochs, unlike <see cref="Queue"/> itself.
    /// </summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return Queue.Count - Queue.CompleteCount;
            }
        }
    }

    /// <summary>
    /// Whether an item for the event is queued or running, or alerts wait unhandled (they may be the event's): the
    /// engine may still read or annotate it.
    /// </summary>
    public bool HasWorkFor(string graceId)
    {
        lock (_gate)
        {
            return Queue.HasItemsFor(graceId) || Queue.Running?.GraceId == graceId || _deferred.Count > 0;
        }
    }

    /// <summary>An alert arrives on <paramref name="node"/>: it is parsed and handled now, then due items run.</summary>
    public void Receive(string node, string payload)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_working)
            {
                _deferred.Enqueue((node, payload));
                return;
            }

            Work(() => Take(node, payload));
        }
    }

    /// <summary>Runs what is due (called by the engine's own timer; callable directly).</summary>
    public void RunEpoch()
    {
        lock (_gate)
        {
            // A timer callback already on its way when the engine was disposed must not touch logs closed since.
            if (!_disposed && !_working)
            {
                Work(() => Epoch(_time.GetUtcNow()));
            }
        }
    }

    /// <summary>Stops the timer; once this returns no epoch runs any more, so the caller may close the logs.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        _wake.Dispose();
    }

    /// <summary>
    /// Does <paramref name="first"/>, then the alerts that arrived on this thread meanwhile. An in-process GraceDb
    /// publishes the annotation a check writes while the check is still running; handled there, it re-entered the
    /// queue mid-iteration (and an annotation satisfying its own check recursed without end). A real server's alert
    /// arrives after the work that caused it, and so does this one.
    /// </summary>
    private void Work(Action first)
    {
        _working = true;
        try
        {
            first();
            while (_deferred.TryDequeue(out (string Node, string Payload) next))
            {
                Take(next.Node, next.Payload);
            }
        }
        finally
        {
            _working = false;
        }
    }

    private void Take(string node, string payload)
    {
        DateTimeOffset now = _time.GetUtcNow();
        _alertsReceived++;
        Handle(node, payload, now);
        Epoch(now);
    }


    private void Handle(string node, string payload, DateTimeOffset now)
    {
        JsonObject alert;
        try
        {
            alert = JsonNode.Parse(payload) as JsonObject ?? throw new JsonException("not a JSON object");
        }
        catch (JsonException e)
        {
            _log.Write(now, null, $"could not parse alert on {node}: {e.Message}");
            Email($"WARNING: could not parse lvalert payload on {_options.Host}", $"could not parse the alert received on node {node}:\n{payload}\n\n{e.Message}", now);
            return;
        }

        try
        {
            if (HeartbeatRequest.Kind(alert) == "response")
            {
                // Answers to heartbeats travel on the nodes we listen to: they are for the monitor, not for us.
                return;
            }

            if (HeartbeatRequest.Matches(alert))
            {
                Queue.Insert(HeartbeatRequest.Item(now, alert, _processType.Name, _options, _responder));
            }
            else if ((alert["uid"] as JsonValue)?.ToString() == "command")
            {
                LvalertCommand command = LvalertCommand.Parse(payload);
                _log.Write(now, command.Argument("graceid"), $"received command {command.Name}");
                Queue.Insert(new CommandItem(now, command, RunCommand));
            }
            else
            {
                _processType.Handle(alert, now, Queue);
            }
        }
#pragma warning disable CA1031 // a process type's failure on one alert must never stop the engine: it is reported
        catch (Exception e)
#pragma warning restore CA1031
        {
            _log.Write(now, (alert["uid"] as JsonValue)?.ToString(), $"parseAlert failed: {e.Message}");
            Email($"WARNING: parseAlert caught an exception on {_options.Host}", $"{e.GetType().Name}: {e.Message}\n\nalert on node {node}:\n{payload}", now);
        }
    }

    private void Epoch(DateTimeOffset now)
    {
        Queue.RunExpired(now, (item, e) =>
        {
            _log.Write(now, item.GraceId, $"{item.Name}.execute failed: {e.Message}; QueueItem marked complete to avoid repeated errors");
            Email($"WARNING: {item.Name}.execute caught an exception on {_options.Host}", $"{e.GetType().Name}: {e.Message}\n\nQueueItem marked complete to avoid repeated errors", now);
        });
        Queue.CollectGarbage(_options.MaxComplete, _options.MaxFrac);
        CheckQueueSize(now);
        ScheduleWake(now);
        if (_started && _options.CheckpointPath is { } path)
        {
            // After every epoch, so a restart loses nothing that was acknowledged: alerts counted here are not replayed.
            SaveCheckpoint(path, now);
        }
    }

    private void SaveCheckpoint(string path, DateTimeOffset now)
    {
        try
        {
            WriteCheckpoint(path, now);
        }
        catch (IOException e)
        {
            _log.Write(now, null, $"could not write checkpoint {path}: {e.Message}");
            Email($"WARNING: could not write checkpoint on {_options.Host}", $"{path}: {e.Message}", now);
        }
    }

    private void ScheduleWake(DateTimeOffset now)
    {
        DateTimeOffset? next = Queue.TryPeekExpiration(out DateTimeOffset expiration) ? expiration : null;
        if (_warnCount > 0 && Queue.Count > _options.WarnThreshold && (next is null || _warnTime < next))
        {
            next = _warnTime;
        }

        TimeSpan due = next is { } at ? (at > now ? at - now : TimeSpan.Zero) : Timeout.InfiniteTimeSpan;
        _wake.Change(due, Timeout.InfiniteTimeSpan);
    }

    private void Email(string subject, string body, DateTimeOffset now)
    {
        if (_options.Recipients.Count == 0)
        {
            return;
        }

        string signature = $"\n\nusername: {_options.User}\nhostname: {_options.Host}\nconfig: {_options.ConfigPath}";
        try
        {
            _notifier.Send(new Email(now, _options.Recipients, subject, body + signature));
        }
        catch (Exception e) when (e is NotificationException or IOException)
        {
            // A mail server being down must not take the supervisor down with it: the log still has the warning.
            _log.Write(now, null, $"could not send e-mail '{subject}': {e.Message}");
        }
    }
}
