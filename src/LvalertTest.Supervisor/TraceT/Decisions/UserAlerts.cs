using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>
/// TraceT's alerts to people, as e-mails through the engine's notifier: TRIGGERING when an observation was
/// requested, INFO when a decision needs a look (not observed, or the request failed), PENDING when a human must
/// decide. No recipients: no mail.
/// </summary>
public sealed class UserAlerts(INotifier notifier, IReadOnlyList<string> recipients)
{
    public void Send(DateTimeOffset now, ProposalDecision decision, bool trigger, bool debug, bool pending)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (recipients.Count == 0)
        {
            return;
        }

        if (trigger)
        {
            Mail(now, decision, "TRIGGERING", $"TraceT scheduled {decision.Proposal.Telescope} observations.");
        }

        if (debug)
        {
            Mail(now, decision, "INFO", "This is a debug notification from TraceT.");
        }

        if (pending)
        {
            Mail(now, decision, "PENDING", "HUMAN INTERVENTION REQUIRED! TraceT is unsure about the following event.");
        }
    }

    private void Mail(DateTimeOffset now, ProposalDecision d, string kind, string headline)
    {
        EventGroup g = d.Group;
        string subject = $"TraceT {d.Proposal.ProposalId}: {d.Proposal.Telescope} {kind} on {g.Telescopes} {g.SourceType}";
        string body = FormattableString.Invariant($"""
            {headline}

            Event Details are:
            TraceT proposal:      {d.Proposal.ProposalId}
            Detected by:          {g.Telescopes}
            Event Type:           {g.SourceType}
            Trigger ID:           {g.TrigId}
            RA:                   {d.Ra?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "None"} deg
            Dec:                  {d.Dec?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "None"} deg
            Error Rad:            {d.PosError?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "None"} deg
            Event observed (UTC): {g.EarliestObserved?.UtcDateTime:yyyy-MM-dd HH:mm:ss}
            Decision:             {d.Code.Letter()}

            Decision log:
            {d.Reason}
            """);
        notifier.Send(new Email(now, recipients, subject, body));
    }
}
