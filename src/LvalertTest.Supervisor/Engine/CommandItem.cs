using LvalertTest.Supervisor.Commands;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Engine;

/// <summary>
/// A command as a queue item (lvalertMP's CommandQueueItem): one task, due at once, or every <c>sleep</c> seconds
/// when the command has one. A <c>graceid</c> argument files the item under that event.
/// </summary>
internal sealed class CommandItem(DateTimeOffset t0, LvalertCommand command, Action<LvalertCommand, DateTimeOffset> run)
    : QueueItem(t0, [new CommandTask(command, run)], command.Name, command.Argument("graceid"))
{
    private sealed class CommandTask(LvalertCommand command, Action<LvalertCommand, DateTimeOffset> run)
        : SupervisorTask(command.Name, TimeSpan.Zero)
    {
        public override void Execute(DateTimeOffset now)
        {
            run(command, now);
            if (command.Sleep is { } sleep)
            {
                RearmAt(now + sleep);
            }
        }
    }
}
