using LvalertTest.Core.GraceDb;
using LvalertTest.Reports.Timeline;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// Carries out actions against a GraceDb (the fake in simulations), recording each as a timeline row. A call that
/// fails (a typed GraceDb error, or an action of an event whose creation failed) becomes an "error" row and the run
/// goes on, as a pipeline or a follow-up process would.
/// </summary>
public sealed class GraceDbSink(IGraceDb graceDb, Action<TimelineRow> record) : IActionSink
{
    public long EventsCreated { get; private set; }

    public long ActionsExecuted { get; private set; }

    public long Errors { get; private set; }

    public void Execute(SimAction action, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(action);
        ActionsExecuted++;
        // The GraceID when the event has one; before its creation, the event's key.
        string subject = action.Body.Event is { } handle ? (handle.HasGraceId ? handle.GraceId.ToString() : handle.Key) : "-";
        try
        {
            subject = Apply(action.Body);
            record(new TimelineRow(now, subject, action.Body.Kind, action.Body.Describe()));
        }
        catch (Exception e) when (e is GraceDbException or InvalidOperationException)
        {
            Errors++;
            record(new TimelineRow(now, subject, "error", $"{action.Body.Describe()}: {e.Message}"));
        }
    }

    /// <summary>Does the action and returns the GraceID it concerned (or "-").</summary>
    private string Apply(ActionBody body)
    {
        switch (body)
        {
            case CreateEvent create:
                GraceEvent created = graceDb.CreateEvent(create.Group, create.Pipeline, create.Search, create.FileName, System.Text.Encoding.UTF8.GetBytes(create.FileContent), create.Labels, create.Offline);
                create.Handle.Assign(created.GraceId);
                EventsCreated++;
                return created.GraceId.ToString();
            case WriteLog log:
                graceDb.WriteLog(log.Handle.GraceId, log.CommentFor(log.Handle.GraceId), log.FileNameFor(log.Handle.GraceId), log.Upload(), log.Tags);
                return log.Handle.GraceId.ToString();
            case AddLabel add:
                graceDb.AddLabel(add.Handle.GraceId, add.Label);
                return add.Handle.GraceId.ToString();
            case RemoveLabel remove:
                graceDb.RemoveLabel(remove.Handle.GraceId, remove.Label);
                return remove.Handle.GraceId.ToString();
            case SignOff signOff:
                graceDb.CreateSignoff(signOff.Handle.GraceId, signOff.SignoffType, signOff.Instrument, signOff.Status, signOff.Comment);
                return signOff.Handle.GraceId.ToString();
            case UploadVoEvent voEvent:
                graceDb.CreateVoEvent(voEvent.Handle.GraceId, new VoEventRequest(voEvent.VoEventType, voEvent.SkymapFileName is null ? null : "bayestar", voEvent.SkymapFileName));
                return voEvent.Handle.GraceId.ToString();
            default:
                // Commands and raw alerts go to listeners, not to GraceDb: the timeline records that they were sent.
                return "-";
        }
    }
}
