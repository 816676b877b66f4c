using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.Commands;

/// <summary>A command that is malformed or unknown: one line naming the command and what is wrong.</summary>
public sealed class CommandException(string message) : FormatException(message);

/// <summary>
/// An lvalertMP command as it travels on a node: <c>{"uid":"command","alert_type":&lt;name&gt;,"object":{kwargs}}</c>.
/// The nine commands and their required arguments are the original's; <c>sleep</c> (seconds, any command) makes
/// its task repeat.
/// </summary>
public sealed record LvalertCommand
{
    /// <summary>Every command and the arguments it requires (no command forbids any).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Catalogue { get; } = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["raiseException"] = [],
        ["raiseWarning"] = [],
        ["clearQueue"] = [],
        ["clearGraceID"] = ["graceid"],
        ["checkpointQueue"] = ["filename"],
        ["loadQueue"] = ["filename"],
        ["printMessage"] = ["message"],
        ["sendEmail"] = ["recipients", "subject", "body"],
        ["printQueue"] = ["filename"],
        // approval_processorMP's own command (search is optional); run by that process type, refused by the others.
        ["resetThrottle"] = ["group", "pipeline"],
    };

    private LvalertCommand(string name, JsonObject arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    public string Name { get; }

    /// <summary>The keyword arguments, as JSON values (strings, or numbers where the sender gave numbers).</summary>
    public JsonObject Arguments { get; }

    /// <summary>The repeat interval, when a <c>sleep</c> argument is given.</summary>
    public TimeSpan? Sleep => Arguments["sleep"] is { } sleep ? TimeSpan.FromSeconds(sleep.GetValue<double>()) : null;

    public string? Argument(string name) => Arguments[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonNode other => other.ToJsonString(),
    };

    /// <summary>Builds a checked command from <c>key=value</c> pairs; values that read as numbers become numbers (as the original CLI did).</summary>
    public static LvalertCommand Create(string name, IEnumerable<KeyValuePair<string, string>> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var json = new JsonObject();
        foreach ((string key, string value) in arguments)
        {
            json[key] = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number)
                ? JsonValue.Create(number)
                : JsonValue.Create(value);
        }

        return Checked(name, json);
    }

    /// <summary>Reads a command alert; anything malformed is a <see cref="CommandException"/> saying what.</summary>
    public static LvalertCommand Parse(string alertJson)
    {
        JsonObject alert;
        try
        {
            alert = JsonNode.Parse(alertJson) as JsonObject ?? throw new CommandException("a command must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new CommandException($"a command must be JSON: {e.Message}");
        }

        if ((alert["uid"] as JsonValue)?.GetValueKind() != JsonValueKind.String || (string?)alert["uid"] != "command")
        {
            throw new CommandException($"not a command: uid is {alert["uid"]?.ToJsonString() ?? "missing"}, expected \"command\"");
        }

        string name = alert["alert_type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String
            ? type.GetValue<string>()
            : throw new CommandException("a command needs its name in alert_type");
        JsonObject arguments = alert["object"] switch
        {
            null => [],
            JsonObject o => (JsonObject)o.DeepClone(),
            _ => throw new CommandException($"command '{name}': object must hold the keyword arguments as a JSON object"),
        };
        return Checked(name, arguments);
    }

    /// <summary>The wire format, arguments in ordinal order.</summary>
    public string ToJson()
    {
        var ordered = new JsonObject();
        foreach (KeyValuePair<string, JsonNode?> argument in Arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            ordered[argument.Key] = argument.Value?.DeepClone();
        }

        return new JsonObject { ["uid"] = "command", ["alert_type"] = Name, ["object"] = ordered }.ToJsonString();
    }

    private static LvalertCommand Checked(string name, JsonObject arguments)
    {
        if (!Catalogue.TryGetValue(name, out IReadOnlyList<string>? required))
        {
            throw new CommandException($"unknown command '{name}' (known: {string.Join(", ", Catalogue.Keys)})");
        }

        foreach (string argument in required)
        {
            if (arguments[argument] is null)
            {
                throw new CommandException($"command '{name}': missing required argument '{argument}'");
            }
        }

        if (arguments["sleep"] is { } sleep && !(sleep.GetValueKind() == JsonValueKind.Number && sleep.GetValue<double>() > 0))
        {
            throw new CommandException($"command '{name}': sleep must be a positive number of seconds, got {sleep.ToJsonString()}");
        }

        return new LvalertCommand(name, arguments);
    }
}
