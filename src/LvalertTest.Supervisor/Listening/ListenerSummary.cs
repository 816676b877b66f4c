using System.Globalization;

namespace LvalertTest.Supervisor.Listening;

/// <summary>One child process at the end of a listener run.</summary>
/// <param name="Name">Its section in the process file.</param>
/// <param name="ProcessType">Its childConfig's process_type.</param>
/// <param name="Received">Alerts given to it in this run (those skipped on resume not counted).</param>
/// <param name="QueueLength">Items still to run.</param>
public sealed record ListenerProcessSummary(string Name, string ProcessType, long Received, int QueueLength);

/// <summary>What a listener run did, for its closing line.</summary>
/// <param name="AlertsRead">Lines that were alerts for a node (journal lines, raw lines for the default node).</param>
/// <param name="Ignored">Alerts for nodes no child process serves.</param>
/// <param name="Skipped">Alerts a child process had already received before a restart (its checkpoint says so).</param>
/// <param name="BadLines">Lines that were not alerts and had no node to go to.</param>
/// <param name="Emails">E-mails the child processes sent.</param>
/// <param name="EmailFailures">Of those, how many the outbox or mail server refused.</param>
/// <param name="Processes">Each child process, in the process file's order.</param>
public sealed record ListenerSummary(long AlertsRead, long Ignored, long Skipped, long BadLines, long Emails, long EmailFailures, IReadOnlyList<ListenerProcessSummary> Processes)
{
    /// <summary>The summary as one line, e.g. <c>listen: 3 alerts read; [testProcess] test: 3 received, queue 0; 0 ignored ...</c>.</summary>
    public string ToLine()
    {
        IEnumerable<string> processes = Processes.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.Name}] {p.ProcessType}: {p.Received} received, queue {p.QueueLength}"));
        string emails = EmailFailures > 0 ? $"{Emails} e-mails ({EmailFailures} failed)" : $"{Emails} e-mails";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"listen: {AlertsRead} alerts read; {string.Join("; ", processes)}; {Ignored} ignored (no process serves their node); {Skipped} skipped (received before a restart); {BadLines} bad lines; {emails}");
    }
}
