using System.Text;
using LvalertTest.Core.Storage;
using LvalertTest.Supervisor.Checkpoints;
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
                PrintQueue(command.Argument("filename")!, now);
                break;
            case "checkpointQueue":
                string target = command.Argument("filename")!;
                WriteCheckpoint(target, now);
                _log.Write(now, null, $"checkpointQueue: queue written to {target}");
                break;
            case "loadQueue":
                string source = command.Argument("filename")!;
                EngineSnapshot loaded = Load(source);
                _log.Write(now, null, $"loadQueue: queue replaced by the {loaded.Queue.Count} items of {source}");
                break;
            case var own when _processType.RunCommand(command, now, Queue):
                _log.Write(now, null, $"{own}: run by {_processType.Name}");
                break;
            default:
                throw new InvalidOperationException($"command '{command.Name}' is in the catalogue but neither the engine nor {_processType.Name} has a handler for it");
        }
    }

    /// <summary>STDOUT and STDERR mean the engine's log (a simulation owns no terminal); anything else is a file, written whole.</summary>
    private void PrintQueue(string filename, DateTimeOffset now)
    {
        string text = DescribeQueue();
        if (filename is "STDOUT" or "STDERR")
        {
            _log.Write(now, null, "printQueue:\n" + text);
            return;
        }

        AtomicFile.Write(_fileSystem, filename, Encoding.UTF8.GetBytes(text + "\n"));
        _log.Write(now, null, $"printQueue: queue written to {filename}");
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
