using LvalertTest.Core.Config;

namespace LvalertTest.Supervisor.Config;

/// <summary>
/// One child process of an <c>lvalert_listenMP</c> process file: the nodes it listens to, its childConfig, and
/// the queue's housekeeping (sleep, garbage collection, size warnings). Defaults are the original interactiveQueue's.
/// </summary>
public sealed record ChildProcessConfig(
    string Name,
    IReadOnlyList<string> Nodes,
    string ChildConfig,
    bool Verbose,
    TimeSpan Sleep,
    int MaxComplete,
    double MaxFrac,
    double WarnThreshold,
    IReadOnlyList<string> Recipients,
    TimeSpan WarnDelay,
    int MaxWarn);

/// <summary>The <c>lvalert_listenMP</c> process file: one section per child process, each node served by one process.</summary>
public sealed record ListenerConfig(IReadOnlyList<ChildProcessConfig> Processes)
{
    public static ListenerConfig Parse(IniDocument ini)
    {
        ArgumentNullException.ThrowIfNull(ini);
        var processes = new List<ChildProcessConfig>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string section in ini.Sections)
        {
            IReadOnlyList<string> nodes = ini.GetList(section, "nodes");
            foreach (string node in nodes)
            {
                if (!owners.TryAdd(node, section))
                {
                    throw new IniFormatException($"{ini.Source}: node '{node}' is assigned to both [{owners[node]}] and [{section}]");
                }
            }

            processes.Add(new ChildProcessConfig(
                section,
                nodes,
                ini.Get(section, "childConfig"),
                ini.HasOption(section, "verbose") && ini.GetBoolean(section, "verbose"),
                TimeSpan.FromSeconds(Optional(ini, section, "sleep", 0.1)),
                (int)Optional(ini, section, "maxComplete", 100),
                Optional(ini, section, "maxFrac", 0.5),
                Optional(ini, section, "warnThr", 1e3),
                ini.HasOption(section, "recipients") ? ini.GetList(section, "recipients") : [],
                TimeSpan.FromSeconds(Optional(ini, section, "warnDelay", 3600)),
                (int)Optional(ini, section, "maxWarn", 24)));
        }

        if (processes.Count == 0)
        {
            throw new IniFormatException($"{ini.Source}: no child process sections");
        }

        return new ListenerConfig(processes);
    }

    /// <summary>The process that serves <paramref name="node"/>, if any.</summary>
    public ChildProcessConfig? ProcessFor(string node) => Processes.FirstOrDefault(p => p.Nodes.Contains(node, StringComparer.Ordinal));

    private static double Optional(IniDocument ini, string section, string option, double fallback) =>
        ini.HasOption(section, option) ? ini.GetDouble(section, option) : fallback;
}
