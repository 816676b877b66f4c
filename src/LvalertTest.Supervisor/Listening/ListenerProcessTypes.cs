using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.ProcessTypes;

namespace LvalertTest.Supervisor.Listening;

/// <summary>The process types a listener can run (<see cref="ListenerHostOptions.ProcessTypes"/>'s default).</summary>
public static class ListenerProcessTypes
{
    /// <summary>A registry of every process type that exists, their items logging to <paramref name="log"/> (one child process's log).</summary>
    public static ProcessTypeRegistry Create(ISupervisorLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var registry = new ProcessTypeRegistry();
        registry.Register("test", () => new TestProcessType(log));
        return registry;
    }
}
