using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Config;
using LvalertTest.Core.GraceDb;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.Config;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Listening;
using LvalertTest.Supervisor.Logging;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// The supervisor of a scenario run: the listener (one engine per section of the process file) on the kernel's clock,
/// fed by the alert bus, checking and annotating the run's GraceDb. Its configs are read once into an in-memory file
/// system, which also holds the checkpoints, so a planned crash can restart it from its checkpoint as a real restart
/// would: the restarted listener reads the alert journal from its start and skips what it had already received.
/// </summary>
internal sealed class SupervisorRun : IDueWork, IDisposable
{
    private const string CheckpointDirectory = "/lvalerttest/checkpoints";

    private readonly SimulationKernel _kernel;
    private readonly DateTimeOffset _start;
    private readonly IReadOnlyList<SupervisorCrash> _crashes;
    private readonly string _processFile;
    private readonly ListenerHostOptions _options;
    private readonly INotifier _notifier;
    private readonly List<string> _journal = [];
    private readonly List<IDisposable> _logs = [];
    private readonly SupervisorDetails _keep;
    private readonly Action<CheckOutcome> _checked;
    private ListenerHost? _host;
    private long _lineNumber;

    /// <param name="keep">Which per-check and per-item lists to keep (for expectations); everything is counted regardless.</param>
    /// <param name="checked">Told of every check as it finishes.</param>
    public SupervisorRun(SupervisorSetup setup, IReadOnlyList<string> defaultNodes, SimulationKernel kernel, IGraceDb graceDb, INotifier notifier, string? logDirectory, IReadOnlyList<SupervisorCrash> crashes, SupervisorDetails keep, Action<CheckOutcome> @checked)
    {
        _keep = keep;
        _checked = @checked;
        _kernel = kernel;
        _start = kernel.Now;
        _crashes = crashes;
        _notifier = notifier;
        var files = new MockFileSystem();
        _processFile = LoadConfigs(setup, defaultNodes, files);
        _options = new ListenerHostOptions
        {
            FileSystem = files,
            CheckpointDirectory = crashes.Count > 0 ? CheckpointDirectory : null,
            GraceDb = graceDb,
            Outcomes = Finished,
            Logs = request => MakeLog(request, logDirectory),
        };
        _host = Open();
        for (int i = 0; i < crashes.Count; i++)
        {
            _kernel.Enqueue(_start + crashes[i].At, this, 2L * i, WorkPriority.Observer);
        }
    }

    /// <summary>Every check that finished, in order, when kept.</summary>
    public List<CheckOutcome> Outcomes { get; } = [];

    /// <summary>Every item created, as (GraceID, item name), in order, when kept.</summary>
    public List<(string GraceId, string Item)> Items { get; } = [];

    public long ChecksFinished { get; private set; }

    /// <summary>Checks that found someone must act (or could not tell).</summary>
    public long ChecksFailed { get; private set; }

    public long ItemsCreated { get; private set; }

    /// <summary>Items waiting in every engine's queue now (0 while the supervisor is down).</summary>
    public long QueueDepth => _host?.Summary().Processes.Sum(p => (long)p.QueueLength) ?? 0;

    public long Restarts { get; private set; }

    /// <summary>True when every queue is empty; a supervisor that is down at the end is not idle (its checkpoint may hold work).</summary>
    public bool IsIdle => _host?.IsIdle ?? false;

    /// <summary>Whether the supervisor may still look at the event (something queued for it, or the supervisor is down).</summary>
    public bool HasWorkFor(string graceId) => _host?.HasWorkFor(graceId) ?? true;

    public void Deliver(Alert alert)
    {
        if (_crashes.Count > 0)
        {
            // Kept only when a restart will read it again, as the journal line a real restart reads.
            _journal.Add($$"""{"node":"{{alert.Node}}","alert":{{alert.Json}}}""");
        }

        _lineNumber++;
        _host?.Deliver("alerts.jsonl", _lineNumber, alert.Node, alert.Json);
    }

    public void RunDue(long argument)
    {
        SupervisorCrash crash = _crashes[(int)(argument / 2)];
        if (argument % 2 == 0)
        {
            // The process dies: its timers stop and only its last checkpoint survives.
            _host?.Dispose();
            _host = null;
            _kernel.EnqueueAfter(crash.RestartAfter, this, argument + 1, WorkPriority.Observer);
            return;
        }

        _host = Open();
        Restarts++;
        for (int i = 0; i < _journal.Count; i++)
        {
            _host.Deliver("alerts.jsonl", new InputLine(i + 1, _journal[i]));
        }
    }

    public void Dispose()
    {
        _host?.Dispose();
        _host = null;
    }

    private void Finished(CheckOutcome outcome)
    {
        ChecksFinished++;
        ChecksFailed += outcome.ActionRequired != false ? 1 : 0;
        if (_keep.HasFlag(SupervisorDetails.Checks))
        {
            Outcomes.Add(outcome);
        }

        _checked(outcome);
    }

    private void ItemAdded(string graceId, string item)
    {
        ItemsCreated++;
        if (_keep.HasFlag(SupervisorDetails.Items))
        {
            Items.Add((graceId, item));
        }
    }

    private ListenerHost Open() => ListenerHost.Open(_processFile, _options, _kernel.Clock, new TextWriterSupervisorLog(TextWriter.Null, "listen"), _notifier);

    private ItemRecordingLog MakeLog(ListenerLogRequest request, string? logDirectory)
    {
        ISupervisorLog inner = logDirectory is null
            ? new TextWriterSupervisorLog(TextWriter.Null, request.ProcessType)
            : SerilogSupervisorLog.ForProcess(logDirectory, request.ProcessType, request.ChildConfigPath);
        return new ItemRecordingLog(inner, ItemAdded);
    }

    /// <summary>Copies the process file and its childConfigs into <paramref name="files"/> at their own paths and returns the process file's.</summary>
    private static string LoadConfigs(SupervisorSetup setup, IReadOnlyList<string> defaultNodes, MockFileSystem files)
    {
        if (setup.ChildConfig is { } child)
        {
            Copy(child, files);
            IReadOnlyList<string> nodes = setup.Nodes.Count > 0 ? setup.Nodes : defaultNodes;
            string processFile = Path.Combine(Path.GetDirectoryName(child) ?? "/", "lvalerttest-supervisor.ini");
            files.AddFile(processFile, new MockFileData($"[supervisor]\nnodes = {string.Join(' ', nodes)}\nchildConfig = {child}\n"));
            return processFile;
        }

        string path = setup.ProcessFile ?? throw new ArgumentException("a supervisor needs a process file or a childConfig", nameof(setup));
        Copy(path, files);
        string directory = Path.GetDirectoryName(path) ?? ".";
        ListenerConfig config = ListenerConfig.Parse(IniDocument.Parse(File.ReadAllText(path), path));
        foreach (ChildProcessConfig section in config.Processes)
        {
            string configured = Path.GetFullPath(section.ChildConfig, directory);
            string beside = Path.Combine(directory, Path.GetFileName(section.ChildConfig));
            // Where the listener will look: as written, else beside the process file (ListenerHost's rule).
            foreach (string candidate in new[] { configured, beside }.Where(File.Exists))
            {
                Copy(candidate, files);
            }
        }

        // Files a childConfig names in turn (TraceT's proposals) live beside the process file: the listener reads them
        // through the same in-memory file system.
        foreach (string file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Copy(file, files);
        }

        return path;
    }

    private static void Copy(string path, MockFileSystem files)
    {
        if (!files.File.Exists(path) && File.Exists(path))
        {
            files.AddFile(path, new MockFileData(File.ReadAllBytes(path)));
        }
    }

    /// <summary>Passes every line on, and notes each item the event supervisor adds ("added QueueItem=&lt;name&gt;").</summary>
    private sealed class ItemRecordingLog(ISupervisorLog inner, Action<string, string> added) : ISupervisorLog, IDisposable
    {
        private const string Added = "added QueueItem=";

        public void Write(DateTimeOffset time, string? graceId, string message)
        {
            if (graceId is not null && message.StartsWith(Added, StringComparison.Ordinal))
            {
                added(graceId, message[Added.Length..]);
            }

            inner.Write(time, graceId, message);
        }

        public void Dispose() => (inner as IDisposable)?.Dispose();
    }
}
