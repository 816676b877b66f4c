using LvalertTest.Supervisor.Config;
using LvalertTest.Supervisor.Engine;

namespace LvalertTest.Supervisor.Listening;

/// <summary>One child process of a listener: a section of the process file and the engine that serves its nodes.</summary>
internal sealed class ListenerProcess(ChildProcessConfig section, ChildConfigFile child, SupervisorEngine engine)
{
    public ChildProcessConfig Section { get; } = section;

    public ChildConfigFile Child { get; } = child;

    public SupervisorEngine Engine { get; } = engine;

    /// <summary>Alerts for this process still to pass over: it received them before a restart.</summary>
    public long ToSkip { get; set; }

    /// <summary>Alerts given to the engine in this run.</summary>
    public long Delivered { get; set; }
}
