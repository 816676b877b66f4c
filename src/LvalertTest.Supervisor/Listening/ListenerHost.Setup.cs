using System.IO.Abstractions;
using LvalertTest.Core.Config;
using LvalertTest.Supervisor.Config;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Logging;

namespace LvalertTest.Supervisor.Listening;

public sealed partial class ListenerHost
{
    private const string CheckpointSuffix = ".checkpoint.json";

    /// <summary>A section's checkpoint file in <paramref name="directory"/>: <c>&lt;section&gt;.checkpoint.json</c>, path separators and the like in the name made '_'.</summary>
    public static string CheckpointPath(string directory, string section)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(section);
        string name = string.Create(section.Length, section, static (chars, s) =>
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                chars[i] = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ' ' ? c : '_';
            }
        });
        return Path.Combine(directory, name + CheckpointSuffix);
    }

    /// <summary>Everything a section needs, checked before anything is created.</summary>
    private sealed record Plan(ChildProcessConfig Section, ChildConfigFile Child, string LogDirectory, string RunLog, string? Checkpoint, string? Note);

    private void Build(string processFile)
    {
        IFileSystem fs = _options.FileSystem;
        if (!fs.File.Exists(processFile))
        {
            throw new IniFormatException($"{processFile}: no such process file");
        }

        ListenerConfig config = ListenerConfig.Parse(IniDocument.Parse(fs.File.ReadAllText(processFile), processFile));
        List<Plan> plans = config.Processes.Select(section => PlanFor(processFile, section)).ToList();
        RequireDistinct(processFile, plans, p => p.RunLog, "run log");
        RequireDistinct(processFile, plans, p => p.Checkpoint, "checkpoint");
        if (_options.CheckpointDirectory is { } checkpoints)
        {
            fs.Directory.CreateDirectory(checkpoints);
        }

        foreach (Plan plan in plans)
        {
            ISupervisorLog log = MakeLog(plan);
            if (plan.Note is { } note)
            {
                // On the console and in the run log: whoever reads either should know which file was used.
                Note(note);
                log.Write(_time.GetUtcNow(), null, note);
            }

            IProcessType processType = _options.ProcessTypes(Setup(log, plan.Child)).Create(plan.Child.ProcessType);
            EngineOptions engineOptions = EngineOptions.From(plan.Section, _options.Host, _options.User) with
            {
                ConfigPath = plan.Child.Path,
                CheckpointPath = plan.Checkpoint,
                ProcessId = _options.ProcessId,
            };
            var engine = new SupervisorEngine(processType, engineOptions, _emails, log, _time, _options.Responder, fs);
            var process = new ListenerProcess(plan.Section, plan.Child, engine);
            _processes.Add(process);
            foreach (string node in plan.Section.Nodes)
            {
                _byNode.Add(node, process);
            }
        }

        if (_options.DefaultNode is { } defaultNode && !_byNode.ContainsKey(defaultNode))
        {
            Note($"no process serves the default node '{defaultNode}': raw alert lines will be ignored");
        }
    }

    private ProcessTypeSetup Setup(ISupervisorLog log, ChildConfigFile child) => new(log, child, _emails, _options.GraceDb, _options.Outcomes, _time, _options.FileSystem);

    private Plan PlanFor(string processFile, ChildProcessConfig section)
    {
        (string childPath, string? note) = ResolveChildConfig(processFile, section);
        ChildConfigFile child = ChildConfigFile.Read(_options.FileSystem, childPath);
        IReadOnlyList<string> known = _options.ProcessTypes(Setup(new RecordingLog(), child)).Names;
        if (!known.Contains(child.ProcessType, StringComparer.Ordinal))
        {
            throw new IniFormatException($"{child.Path}: [general] process_type: unknown process type '{child.ProcessType}' (known: {string.Join(", ", known)})");
        }

        if (ListenerProcessTypes.NeedsGraceDb(child.ProcessType) && _options.GraceDb is null)
        {
            throw new IniFormatException($"{child.Path}: [general] process_type: {child.ProcessType} reads and annotates GraceDb, and this listener has none (listen to a store with --journal DIR, or give --gracedb DIR)");
        }

        // The process type's own options are checked now, before any engine starts (config errors name section and option).
        _ = _options.ProcessTypes(Setup(new RecordingLog(), child)).Create(child.ProcessType);

        string logDirectory = _options.LogDirectory ?? child.LogDirectory;
        string runLog = Path.GetFullPath(Path.Combine(logDirectory, LogFileNames.RunLogName(child.ProcessType, child.Path)));
        string? checkpoint = _options.CheckpointDirectory is { } dir ? CheckpointPath(dir, section.Name) : null;
        return new Plan(section, child, logDirectory, runLog, checkpoint, note);
    }

    /// <summary>
    /// The childConfig as written; if that file does not exist, the file of the same name beside the process file
    /// (process files name childConfigs by absolute paths on the machine they were written for).
    /// </summary>
    private (string Path, string? Note) ResolveChildConfig(string processFile, ChildProcessConfig section)
    {
        IFileSystem fs = _options.FileSystem;
        string configured = section.ChildConfig;
        if (fs.File.Exists(configured))
        {
            return (configured, null);
        }

        string beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(processFile)) ?? ".", Path.GetFileName(configured));
        if (Path.GetFileName(configured).Length > 0 && fs.File.Exists(beside))
        {
            return (beside, $"[{section.Name}] childConfig {configured} does not exist: using {beside}, beside the process file");
        }

        string also = beside == Path.GetFullPath(configured) ? "" : $" (nor {beside})";
        throw new IniFormatException($"{processFile}: [{section.Name}] childConfig: {configured} does not exist{also}");
    }

    private ISupervisorLog MakeLog(Plan plan)
    {
        ISupervisorLog log = _options.Logs is { } make
            ? make(new ListenerLogRequest(plan.Section.Name, plan.Child.ProcessType, plan.Child.Path, plan.LogDirectory))
            : SerilogSupervisorLog.ForProcess(plan.LogDirectory, plan.Child.ProcessType, plan.Child.Path, _options.Mirror);
        if (log is IDisposable owned)
        {
            _ownedLogs.Add(owned);
        }

        return log;
    }

    /// <summary>Two processes writing one file would corrupt it (Serilog holds its files exclusively).</summary>
    private static void RequireDistinct(string processFile, List<Plan> plans, Func<Plan, string?> file, string what)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Plan plan in plans)
        {
            if (file(plan) is { } path && !owners.TryAdd(path, plan.Section.Name))
            {
                throw new IniFormatException($"{processFile}: [{owners[path]}] and [{plan.Section.Name}] would both write the {what} {path}");
            }
        }
    }

    /// <summary>Starts every engine in file order; each that recovered from a checkpoint will pass over what it already had.</summary>
    private void StartEngines()
    {
        foreach (ListenerProcess process in _processes)
        {
            process.Engine.Start();
            process.ToSkip = process.Engine.AlertsReceived;
            if (process.ToSkip > 0)
            {
                Note($"[{process.Section.Name}] resumes from its checkpoint: it received {process.ToSkip} alerts before, so the first {process.ToSkip} alerts for its nodes in the input are skipped");
            }
        }
    }
}
