using System.Globalization;
using System.Text;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.EventSupervisor;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Replay.Reporting;

/// <summary>The readable report: what was replayed, then every check, e-mail and annotation with its offset from creation.</summary>
public static class ReplayReportText
{
    public static string Format(ReplayReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, $"replay {report.GraceId} from {report.Source} ({report.Dialect.ToString().ToLowerInvariant()} alerts), supervisor config {report.Config}");
        string cutoff = report.Cutoff is { } n ? string.Create(CultureInfo.InvariantCulture, $"cutoff N={n}") : "no cutoff";
        Line(text, string.Create(CultureInfo.InvariantCulture,
            $"log: {report.EntriesInLog} entries, {cutoff}; replayed {report.EntriesReplayed} entries and {report.LabelsReplayed} labels as {report.Alerts} alerts; virtual time {GraceDbTime.Format(report.Created)} to {GraceDbTime.Format(report.Ended)} ({Offset(report.Ended - report.Created)})"));
        foreach (string note in report.Notes)
        {
            Line(text, "note: " + note);
        }

        Line(text, string.Create(CultureInfo.InvariantCulture,
            $"checks: {report.Passed} passed, {report.ActionRequired} action required, {report.Exceptions} exceptions, {report.PendingChecks} pending"));
        foreach (CheckOutcome check in report.Checks)
        {
            string deadline = check.Deadline is { } d ? "deadline " + Offset(d - report.Created) : "deadline ?";
            string latency = check.Latency is { } l ? "latency " + Offset(l) : "latency ?";
            string early = check.Early ? ", early" : string.Empty;
            Line(text, $"  {Offset(check.Time - report.Created),12}  {check.Item}.{check.Task}: {Outcome(check)} ({deadline}, {latency}{early}): {check.Warning}");
        }

        foreach (string error in report.SupervisorErrors)
        {
            Line(text, "supervisor error: " + error);
        }

        Line(text, string.Create(CultureInfo.InvariantCulture, $"e-mails: {report.Emails.Count}"));
        foreach (Email email in report.Emails)
        {
            Line(text, $"  {Offset(email.Time - report.Created),12}  {email.Subject}  -> {string.Join(", ", email.To)}");
        }

        Line(text, string.Create(CultureInfo.InvariantCulture, $"annotations: {report.Annotations.Count}"));
        foreach (LogEntry annotation in report.Annotations)
        {
            Line(text, $"  {Offset(annotation.Created - report.Created),12}  {annotation.Comment}");
        }

        Line(text, report.AllPassed ? "result: every check passed" : "result: action required");
        return text.ToString();
    }

    /// <summary>How a check ended, in the words the report and replay.json use.</summary>
    public static string Outcome(CheckOutcome check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.ActionRequired switch
        {
            false => "passed",
            true => "action required",
            null => "exception",
        };
    }

    /// <summary>Seconds from creation, as "+12.5 s".</summary>
    public static string Offset(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"+{span.TotalSeconds:0.###} s");

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
