using System.IO.Abstractions;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.ApprovalProcessor;
using LvalertTest.Supervisor.Config;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.ProcessTypes;
using LvalertTest.Supervisor.TraceT.Process;

namespace LvalertTest.Supervisor.Listening;

/// <summary>What a child process's process type is made from: its log, its childConfig, its mail and its GraceDb.</summary>
/// <param name="Log">The child process's log (its items log here).</param>
/// <param name="Child">The childConfig, with the process type's own options.</param>
/// <param name="Notifier">Where its e-mails go.</param>
/// <param name="GraceDb">The GraceDb its checks read and annotate; null when the listener has none.</param>
/// <param name="Outcomes">Who hears of each finished event-supervisor check (reports); may be null.</param>
/// <param name="Time">The engines' clock (TraceT's decisions need it); null where none is given.</param>
/// <param name="FileSystem">Where files named by a childConfig are read (TraceT's proposals).</param>
public sealed record ProcessTypeSetup(ISupervisorLog Log, ChildConfigFile Child, INotifier Notifier, IGraceDb? GraceDb, Action<CheckOutcome>? Outcomes = null, TimeProvider? Time = null, IFileSystem? FileSystem = null);

/// <summary>The process types a listener can run (<see cref="ListenerHostOptions.ProcessTypes"/>'s default).</summary>
public static class ListenerProcessTypes
{
    /// <summary>Every process type that exists, made for one child process.</summary>
    public static ProcessTypeRegistry Create(ProcessTypeSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var registry = new ProcessTypeRegistry();
        registry.Register("test", () => new TestProcessType(setup.Log));
        registry.Register(EventSupervisorProcessType.ProcessTypeName, () => new EventSupervisorProcessType(new EsContext(
            setup.GraceDb ?? throw new InvalidOperationException($"{setup.Child.Path}: the event supervisor needs a GraceDb to check"),
            new EsConfig(setup.Child.Ini),
            setup.Notifier,
            setup.Log,
            setup.Outcomes)));
        foreach (string name in ApprovalProcessorNames)
        {
            registry.Register(name, () => new ApprovalProcessorProcessType(new ApContext(
                setup.GraceDb ?? throw new InvalidOperationException($"{setup.Child.Path}: the approval processor needs a GraceDb"),
                new ApConfig(setup.Child.Ini),
                setup.Notifier,
                setup.Log)));
        }

        registry.Register(TraceTProcessType.ProcessTypeName, () => TraceTChildConfig.Create(setup.Child, setup.Log, setup.Notifier, setup.GraceDb, setup.Time, setup.FileSystem));
        return registry;
    }

    /// <summary>True if the process type reads and annotates GraceDb (so the listener must be given one).</summary>
    public static bool NeedsGraceDb(string processType) =>
        processType == EventSupervisorProcessType.ProcessTypeName || ApprovalProcessorNames.Contains(processType, StringComparer.Ordinal);

    // The original's childConfig says approval_processorMP; the plain name is accepted too.
    private static readonly string[] ApprovalProcessorNames = [ApprovalProcessorProcessType.ProcessTypeName, "approval_processor"];
}
