using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Tests.Queue;

/// <summary>A task that records when it ran into a shared log, optionally repeating or throwing.</summary>
internal sealed class RecordingTask(string name, double timeoutSeconds, List<string> log, double repeatEverySeconds = 0, int repeats = 0, bool throws = false)
    : SupervisorTask(name, TimeSpan.FromSeconds(timeoutSeconds))
{
    private int _runs;

    public static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);

    public override void Execute(DateTimeOffset now)
    {
        log.Add($"{Name}@{(now - T0).TotalSeconds}");
        if (throws)
        {
            throw new InvalidOperationException($"{Name} failed");
        }

        if (++_runs <= repeats)
        {
            RearmAt(now + TimeSpan.FromSeconds(repeatEverySeconds));
        }
    }
}
