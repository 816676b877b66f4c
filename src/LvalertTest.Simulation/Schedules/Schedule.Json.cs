using System.Text.Json;
using System.Text.Json.Serialization;

namespace LvalertTest.Simulation.Schedules;

public sealed partial class Schedule
{
    /// <summary>
    /// The schedule as JSON: <c>{"actions":[{"dt":seconds,"body":{"kind":...}}]}</c>. Events appear by key;
    /// reading the JSON back gives one shared <see cref="EventHandle"/> per key.
    /// </summary>
    public string ToJson()
    {
        var document = new ScheduleDocument(_actions.Select(a => new ActionDocument(a.Dt.Ticks / (double)TimeSpan.TicksPerSecond, a.Body)).ToList());
        return JsonSerializer.Serialize(document, CreateOptions(new EventHandleConverter()));
    }

    /// <summary>Reads a schedule written by <see cref="ToJson"/>. Bad JSON throws <see cref="JsonException"/> naming the path.</summary>
    public static Schedule FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ScheduleDocument document = JsonSerializer.Deserialize<ScheduleDocument>(json, CreateOptions(new EventHandleConverter()))
            ?? throw new JsonException("a schedule document must be an object with an 'actions' list, not null");
        var actions = new List<SimAction>(document.Actions.Count);
        foreach (ActionDocument action in document.Actions)
        {
            if (action.Body is null)
            {
                throw new JsonException($"action {actions.Count} has no 'body'");
            }

            // Seconds go back to whole ticks exactly: any dt under ~28 years fits a double's 53 bits of ticks.
            actions.Add(new SimAction(TimeSpan.FromTicks(checked((long)Math.Round(action.Dt * TimeSpan.TicksPerSecond))), action.Body));
        }

        return From(actions);
    }

    private static JsonSerializerOptions CreateOptions(EventHandleConverter handles) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(), handles },
    };

    private sealed record ScheduleDocument(List<ActionDocument> Actions);

    private sealed record ActionDocument(double Dt, ActionBody Body);

    /// <summary>Writes a handle as its key; reads each key into one shared handle for the whole document.</summary>
    private sealed class EventHandleConverter : JsonConverter<EventHandle>
    {
        private readonly Dictionary<string, EventHandle> _byKey = new(StringComparer.Ordinal);

        public override EventHandle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string key = reader.GetString() ?? throw new JsonException("an event key must be a string");
            if (!_byKey.TryGetValue(key, out EventHandle? handle))
            {
                handle = new EventHandle(key);
                _byKey.Add(key, handle);
            }

            return handle;
        }

        public override void Write(Utf8JsonWriter writer, EventHandle value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Key);
    }
}
