using LvalertTest.Core.Events;
using LvalertTest.Reports.Timeline;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// Carries out actions on paper (the original simulator's --test mode): creations get GraceIDs as a fresh GraceDb
/// numbers them (group letter, one counter shared by all letters), and every action becomes a timeline row.
/// </summary>
public sealed class DryRunSink(Action<TimelineRow> record) : IActionSink
{
    private long _lastNumber;

    public long EventsCreated { get; private set; }

    public long ActionsExecuted { get; private set; }

    public void Execute(SimAction action, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Body is CreateEvent create)
        {
            create.Handle.Assign(GraceId.Create(GraceIdPrefix.ForGroup(create.Group), ++_lastNumber));
            EventsCreated++;
        }

        ActionsExecuted++;
        string subject = action.Body.Event?.GraceId.ToString() ?? "-";
        record(new TimelineRow(now, subject, action.Body.Kind, action.Body.Describe()));
    }
}
