using LvalertTest.Core.Events;

namespace LvalertTest.Supervisor.ApprovalProcessor;

/// <summary>
/// The per-event state machine (reference §2.2-§2.3): new_to_preliminary → preliminary_to_initial →
/// initial_to_update → complete, or rejected / throttled. Checks run in list order; the first false rejects, and the
/// state's success action runs when every check is true.
/// </summary>
public sealed class ApStateMachine(ApContext context, ApChecks checks, ApVoEvents voEvents)
{
    /// <summary>Runs the current state's checks once (after the hardware-injection wait in new_to_preliminary).</summary>
    public void RunChecks(ApEventRecord record, DateTimeOffset now)
    {
        string state = record.State;
        IReadOnlyList<string> list = checks.For(state);
        if (list.Count == 0)
        {
            return;
        }

        int passed = 0;
        foreach (string check in list)
        {
            bool? result = checks.Run(check, record, now);
            if (result == false)
            {
                Reject(record, now, state, check);
                return;
            }

            if (result == true)
            {
                passed++;
                if (check == ApChecks.Skymap && state == ApStates.PreliminaryToInitial)
                {
                    // Each pass with an lvem sky map re-sends the preliminary with it (identical ones are suppressed).
                    voEvents.Send(record, VoEventType.Preliminary, now);
                }
            }
        }

        if (state == ApStates.PreliminaryToInitial && !voEvents.SentPreliminary(record))
        {
            // The original never retried a preliminary that failed (B1): each later pass tries again.
            voEvents.Send(record, VoEventType.Preliminary, now);
        }

        if (passed == list.Count)
        {
            Passed(record, now, state);
        }
    }

    /// <summary>A label alert (reference §2.2): EM_READY and PE_READY send VOEvents, bad labels reject and retract.</summary>
    public void OnLabel(ApEventRecord record, string label, DateTimeOffset now)
    {
        record.RecordLabel(label);
        switch (label)
        {
            case "PE_READY":
                context.Comment(record, now, "AP: Received PE_READY label. Sending update VOEvent.");
                voEvents.Send(record, VoEventType.Update, now);
                Move(record, now, ApStates.Complete);
                break;
            case "EM_READY":
                context.Comment(record, now, "AP: Received EM_READY label. Sending initial VOEvent.");
                voEvents.Send(record, VoEventType.Initial, now);
                Move(record, now, ApStates.InitialToUpdate);
                break;
            case "EM_Throttled":
                record.State = ApStates.Throttled;
                voEvents.Send(record, VoEventType.Retraction, now);
                break;
            case "EM_Selected":
                // The original raised NotImplementedError (B6); grouping is inactive on its master: recorded only.
                context.Log.Write(now, record.GraceId, "EM_Selected recorded; grouping is not implemented");
                break;
            case var bad when checks.IsBadLabel(bad):
                record.State = ApStates.Rejected;
                voEvents.Send(record, VoEventType.Retraction, now);
                break;
        }
    }

    private void Reject(ApEventRecord record, DateTimeOffset now, string state, string check)
    {
        context.Comment(record, now, $"AP: Failed {check} in currentstate: {state}.");
        Move(record, now, ApStates.Rejected);
        if (state == ApStates.NewToPreliminary)
        {
            return;
        }

        if (check.Contains("signoffCheck", StringComparison.Ordinal))
        {
            context.Comment(record, now, "AP: Not labeling DQV because signoffCheck is separate from explicit data quality checks.");
        }
        else
        {
            context.Label(record, now, "DQV");
        }
    }

    private void Passed(ApEventRecord record, DateTimeOffset now, string state)
    {
        switch (state)
        {
            case ApStates.NewToPreliminary:
                context.Comment(record, now, "AP: Passed all new_to_preliminary checks.");
                context.Comment(record, now, "AP: Sending preliminary VOEvent.");
                voEvents.Send(record, VoEventType.Preliminary, now);
                Move(record, now, ApStates.PreliminaryToInitial);
                RequestSignoffs(record, now);
                break;
            case ApStates.PreliminaryToInitial:
                context.Comment(record, now, "AP: Passed all preliminary_to_initial checks.");
                context.Label(record, now, "EM_READY");
                break;
            case ApStates.InitialToUpdate:
                context.Comment(record, now, "AP: Passed all initial_to_update checks.");
                context.Label(record, now, "PE_READY");
                break;
        }
    }

    /// <summary>OPS labels for instruments no label names yet, and ADVREQ with its e-mail to the advocates.</summary>
    private void RequestSignoffs(ApEventRecord record, DateTimeOffset now)
    {
        foreach (string ifo in record.Instruments)
        {
            if (!record.Labels.Any(l => l.Contains(ifo, StringComparison.Ordinal)))
            {
                context.Label(record, now, ifo + "OPS");
                record.RecordLabel(ifo + "OPS");
            }
        }

        if (!record.Labels.Any(l => l.Contains("ADV", StringComparison.Ordinal)))
        {
            context.Label(record, now, "ADVREQ");
            record.RecordLabel("ADVREQ");
            context.Mail(now, context.Config.AdvocateEmail, $"{record.GraceId} passed criteria for follow-up", context.Config.AdvocateText);
        }
    }

    private void Move(ApEventRecord record, DateTimeOffset now, string next)
    {
        context.Comment(record, now, $"AP: State: {record.State} --> {next}.");
        record.State = next;
    }
}
