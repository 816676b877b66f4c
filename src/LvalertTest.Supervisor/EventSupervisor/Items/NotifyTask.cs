using LvalertTest.Core.GraceDb;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// Tells people a new event exists (<c>by email</c>), unless <c>ignore inj</c> is set and the event is labelled INJ.
/// SMS and phone were never implemented: a non-empty option is a config error naming it.
/// </summary>
internal sealed class NotifyTask : EsTask
{
    private readonly bool _ignoreInjections;
    private readonly IReadOnlyList<string> _byEmail;

    public NotifyTask(EsTaskSetup setup, EsSection section)
        : base(setup, "notifyByEmail", "notify people of a new event by e-mail", section.Seconds("dt"))
    {
        _ignoreInjections = section.Flag("ignore inj", false);
        _byEmail = section.Words("by email");
        foreach (string option in new[] { "by sms", "by phone" })
        {
            if (section.Words(option).Count > 0)
            {
                throw section.Error(option, "notification by SMS or phone is not implemented; leave it empty");
            }
        }
    }

    protected override bool Annotates => false;

    protected override CheckResult Check(DateTimeOffset now)
    {
        if (_ignoreInjections && GraceDb.Labels(Event).Any(l => l.Name == "INJ"))
        {
            return new CheckResult(false, "ignoring an injection (INJ label): no notification sent");
        }

        GraceEvent e = GraceDb.Event(Event);
        string gid = Setup.GraceId;
        Mail(_byEmail, $"new GraceDb Event: {gid}", $"group : {e.Group}\npipeline : {e.Pipeline}\nsearch : {e.Search ?? "None"}\n{Context.Config.EventUrl(gid)}", now);
        return new CheckResult(false, $"notified {string.Join(" ", _byEmail)} by e-mail");
    }
}
