using System.Text;
using LvalertTest.Core.Events;
using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Arrivals;
using LvalertTest.Simulation.Generators;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;
using LvalertTest.Simulation.Uploads;

namespace LvalertTest.Scenarios.Building;

/// <summary>Turns an event template into one event's schedule, drawing delays and outcomes from the event's own stream.</summary>
public static class EventScheduleBuilder
{
    /// <summary>The event's schedule; <paramref name="createdAt"/> dates a generated upload (its GPS time).</summary>
    public static Schedule Build(EventTemplate template, EventHandle handle, RandomStream stream, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(stream);
        if (template.Generated is { } generated)
        {
            return generated.Set.Build(handle, Facts(generated, stream, GpsTime.FromUtc(createdAt)), stream);
        }

        var actions = new List<SimAction>(template.Steps.Count + 1)
        {
            SimAction.At(0, new CreateEvent(handle, template.Group, template.Pipeline, template.Search, FileName(template, createdAt), Upload(template, createdAt), [.. template.Labels])),
        };

        foreach (StepTemplate step in template.Steps)
        {
            // Both draws happen whatever the outcome, so changing one step's probability never shifts another's delay.
            double delay = stream.NormalClippedAtZero(step.AtSeconds, step.JitterSeconds);
            bool happens = stream.Bernoulli(step.Probability);
            if (happens)
            {
                actions.Add(SimAction.At(delay, Body(step, handle)));
            }
        }

        return Schedule.From(actions);
    }

    /// <summary>The given or calibrated FAR and instruments (drawn from a fork, so the event's other draws never move).</summary>
    private static EventFacts Facts(GeneratedEvent generated, RandomStream stream, double gps)
    {
        EventFacts drawn = EventFactsDistribution.Default.Draw(stream.Fork("facts"), gps);
        return new EventFacts(gps, generated.Far ?? drawn.Far, generated.Instruments ?? [.. drawn.Instruments]);
    }

    // Without a file name, the one the supervisor expects of the pipeline (cWB's and oLIB's carry the GPS time).
    private static string FileName(EventTemplate template, DateTimeOffset createdAt) =>
        template.FileName.Length > 0 ? template.FileName : PipelineUploads.FileName(template.Pipeline, GpsTime.FromUtc(createdAt));

    private static string Upload(EventTemplate template, DateTimeOffset createdAt) =>
        template.FileContent.Length > 0
            ? template.FileContent
            : Encoding.UTF8.GetString(PipelineUploads.For(template.Pipeline, GpsTime.FromUtc(createdAt), template.Far, template.Instruments));

    private static ActionBody Body(StepTemplate step, EventHandle handle) => step.Kind switch
    {
        StepKind.Log => new WriteLog(handle, step.Text, step.FileName, step.FileContent, [.. step.Tags]),
        StepKind.Label => new AddLabel(handle, step.Text),
        StepKind.Unlabel => new RemoveLabel(handle, step.Text),
        StepKind.VoEvent => new UploadVoEvent(handle, Enum.Parse<VoEventType>(step.Text)),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "unknown step kind"),
    };
}
