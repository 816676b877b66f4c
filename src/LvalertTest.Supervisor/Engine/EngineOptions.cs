namespace LvalertTest.Supervisor.Engine;

/// <summary>
/// The housekeeping of one child process (from its lvalert_listenMP section): garbage collection of completed items
/// and the queue-size warnings, with the host and config named in warning e-mails as the original did.
/// </summary>
public sealed record EngineOptions
{
    public int MaxComplete { get; init; } = 100;

    public double MaxFrac { get; init; } = 0.5;

    public double WarnThreshold { get; init; } = 1e3;

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public TimeSpan WarnDelay { get; init; } = TimeSpan.FromHours(1);

    public int MaxWarn { get; init; } = 24;

    public string Host { get; init; } = "lvalerttest";

    public string User { get; init; } = "lvalerttest";

    public string ConfigPath { get; init; } = "(none)";

    /// <summary>The housekeeping options of one child process of an lvalert_listenMP process file.</summary>
    public static EngineOptions From(Config.ChildProcessConfig child, string host, string user)
    {
        ArgumentNullException.ThrowIfNull(child);
        return new EngineOptions
        {
            MaxComplete = child.MaxComplete,
            MaxFrac = child.MaxFrac,
            WarnThreshold = child.WarnThreshold,
            Recipients = child.Recipients,
            WarnDelay = child.WarnDelay,
            MaxWarn = child.MaxWarn,
            Host = host,
            User = user,
            ConfigPath = child.ChildConfig,
        };
    }

    /// <summary>
    /// Where the engine keeps its checkpoint, written atomically after every epoch and read back by
    /// <see cref="SupervisorEngine.Start"/>; null for none (simulations that never restart).
    /// </summary>
    public string? CheckpointPath { get; init; }

    /// <summary>The process id a heartbeat response reports (0 in simulations, where runs must not differ by it).</summary>
    public int ProcessId { get; init; }
}
