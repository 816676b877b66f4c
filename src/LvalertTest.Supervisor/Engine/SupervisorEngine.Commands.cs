using LvalertTest.Supervisor.Commands;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.Engine;

public sealed partial class SupervisorEngine
{
    /// <summary>What each command does when its item comes due (lvalertMP's CommandTask methods).</summary>
    private void RunCommand(LvalertCommand command, DateTimeOffset now)
    {
        switch (command.Name)
        {
            case "raiseException":
                throw new InvalidOperationException("raiseException command received");
            case "raiseWarning":
                throw new InvalidOperationException("raiseWarning command received");
            case "clearQueue":
                Queue.Clear();
                _log.Write(now, null, "clearQueue: queue cleared");
                break;
            case "clearGraceID":
                string graceId = command.Argument("graceid")!;
                int cleared = Queue.ClearGraceId(graceId);
                _log.Write(now, graceId, $"clearGraceID: {cleared} items cleared");
                break;
            case "printMessage":
                _log.Write(now, null, $"printMessage: {command.Argument("message")}");
                break;
            case "sendEmail":
                string[] to = command.Argument("recipients")!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                _notifier.Send(new Email(now, to, command.Argument("subject")!, command.Argument("body")!));
                break;
            case "printQueue":
                _log.Write(now, null, "printQueue:\n" + DescribeQueue());
                break;
            default:
                // checkpointQueue and loadQueue need the JSON checkpoint format (not built yet): say so, loudly.
                throw new NotSupportedException($"command '{command.Name}' is not available in this engine yet");
        }
    }

    /// <summary>The queue in run order, then one line per GraceID with its pending items (the original's printQueue).</summary>
    private string DescribeQueue()
    {
        var lines = new List<string> { $"SortedQueue ({Queue.Count} items)" };
        lines.AddRange(Queue.Items.Select(i => "  " + i));
        foreach (string graceId in Queue.GraceIds)
        {
            lines.Add($"{graceId} : {string.Join("; ", Queue.ItemsFor(graceId).Select(i => i.Name))}");
        }

        return string.Join("\n", lines);
    }
}
