using System.Text.Json.Nodes;
using LvalertTest.Supervisor.Commands;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Engine;

/// <summary>
/// A command as a queue item (lvalertMP's CommandQueueItem): one task, due at once, or every <c>sleep</c> seconds
/// when the command has one. A <c>graceid</c> argument files the item under that event.
/// </summary>
internal sealed class CommandItem(DateTimeOffset t0, LvalertCommand command, Action<LvalertCommand, DateTimeOffset> run)
    : QueueItem(t0, [new CommandTask(command, run)], command.Name, command.Argument("graceid"), new ItemRecipe(RecipeKind, (JsonObject)JsonNode.Parse(command.ToJson())!))
{
    /// <summary>Checkpoints keep the command as it came in; it is parsed and checked again on recovery.</summary>
    public const string RecipeKind = "command";

    private sealed class CommandTask(LvalertCommand command, Action<LvalertCommand, DateTimeOffset> run)
        : SupervisorTask(command.Name, TimeSpan.Zero)
    {
        public override void Execute(DateTimeOffset now)
        {
            // Re-armed before it runs, so a repeating checkpointQueue already sees itself as pending and saves itself.
            if (command.Sleep is { } sleep)
            {
                RearmAt(now + sleep);
            }

            run(command, now);
        }
    }
}
