using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>Who a task works for: the shared context, the event, the item (its config section) and its mail lists.</summary>
public sealed record EsTaskSetup(EsContext Context, string GraceId, string ItemName, EmailLists Emails);

/// <summary>
/// One eventSupervisor check (the original's EventSupervisorTask): at its deadline it looks in GraceDb and reports.
/// Action required → mail to the failure list, none → the success list, an exception → the exception list (and the
/// check counts as done, as in the original); all mail only when <c>warnings</c> is on. With <c>annotate</c> on it
/// writes <c>ES: [no ]action required : &lt;warning&gt;</c> to the event, tagged <c>event_supervisor</c>.
/// Beyond the original, an alert can satisfy a check before its deadline (<see cref="SatisfiedBy"/>).
/// </summary>
public abstract class EsTask(EsTaskSetup setup, string name, string description, TimeSpan timeout) : SupervisorTask(name, timeout)
{
    /// <summary>The tag of the supervisor's own annotations.</summary>
    public const string AnnotationTag = "event_supervisor";

    protected EsTaskSetup Setup { get; } = setup;

    protected EsContext Context => Setup.Context;

    protected IGraceDb GraceDb => Setup.Context.GraceDb;

    protected GraceId Event => GraceId.Parse(Setup.GraceId);

    public string Description { get; } = description;

    /// <summary>Whether results are written back to GraceDb (the notify task never does).</summary>
    protected virtual bool Annotates => true;

    /// <summary>Looks in GraceDb at <paramref name="now"/>.</summary>
    protected abstract CheckResult Check(DateTimeOffset now);

    /// <summary>True when <paramref name="alert"/> may carry what this check looks for, so it is worth checking now.</summary>
    public virtual bool SatisfiedBy(JsonObject alert) => false;

    public override void Execute(DateTimeOffset now)
    {
        CheckResult result;
        try
        {
            result = Check(now);
        }
#pragma warning disable CA1031 // the original swallowed a check's exception, mailed it, and counted the check done
        catch (Exception e)
#pragma warning restore CA1031
        {
            ReportException(e, now);
            return;
        }

        Report(result, now, early: false);
    }

    /// <summary>Checks now, ahead of the deadline; reports and returns true only if nothing needs doing.</summary>
    public bool TryCompleteEarly(DateTimeOffset now)
    {
        CheckResult result;
        try
        {
            result = Check(now);
        }
#pragma warning disable CA1031 // an early look that fails changes nothing: the check still runs at its deadline
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        if (result.ActionRequired)
        {
            return false;
        }

        Report(result, now, early: true);
        return true;
    }

    private void Report(CheckResult result, DateTimeOffset now, bool early)
    {
        string gid = Setup.GraceId;
        string verdict = result.ActionRequired ? "action required" : "no action required";
        Context.Log.Write(now, gid, $"{Setup.ItemName}.{Name} : {verdict} : {result.Warning}");
        if (Annotates && Context.Config.Annotate)
        {
            GraceDb.WriteLog(Event, $"ES: {verdict} : {result.Warning}", tagNames: [AnnotationTag]);
        }

        string url = Context.Config.EventUrl(gid);
        if (result.ActionRequired)
        {
            Mail(Setup.Emails.OnFailure, $"{gid}: {Name} requires attention",
                $"{gid}: {Name} requires attention\n{url}\nevent_supervisor found suspicous behavior when performing {Description}\nwarning : {result.Warning}", now);
        }
        else
        {
            Mail(Setup.Emails.OnSuccess, $"{gid}: {Name} succeeded",
                $"{gid}: {Name} succeeded\n{url}\nevent_supervisor found only expected behavior when performing {Description}\nnotes : {result.Warning}", now);
        }

        Context.Record(new CheckOutcome(gid, Setup.ItemName, Name, now, result.ActionRequired, result.Warning, Latency(now), early, Expiration));
    }

    private void ReportException(Exception e, DateTimeOffset now)
    {
        string gid = Setup.GraceId;
        Context.Log.Write(now, gid, $"{Setup.ItemName}.{Name} : exception : {e.GetType().Name}: {e.Message}");
        Mail(Setup.Emails.OnException, $"{gid}: {Name} FAILED",
            $"{gid}: {Name} check FAILED\n{Context.Config.EventUrl(gid)}\nevent_supervisor caught an exception when performing {Description}\n{e.GetType().Name}: {e.Message}", now);
        Context.Record(new CheckOutcome(gid, Setup.ItemName, Name, now, null, $"{e.GetType().Name}: {e.Message}", Latency(now), false, Expiration));
    }

    protected void Mail(IReadOnlyList<string> to, string subject, string body, DateTimeOffset now)
    {
        if (Context.Config.Warnings && to.Count > 0)
        {
            Context.Notifier.Send(new Email(now, to, subject, body));
        }
    }

    private TimeSpan? Latency(DateTimeOffset now)
    {
        try
        {
            return now - GraceDb.Event(Event).Created;
        }
        catch (GraceDbException)
        {
            return null;
        }
    }
}
