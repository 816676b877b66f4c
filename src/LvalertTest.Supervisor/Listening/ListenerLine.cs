using System.Text.Json;

namespace LvalertTest.Supervisor.Listening;

/// <summary>What a line of listener input turned out to be.</summary>
public enum ListenerLineKind
{
    /// <summary>An alert for a node: a journal line, or a raw payload for the default node.</summary>
    Alert,

    /// <summary>An empty line: nothing to do.</summary>
    Blank,

    /// <summary>Not a journal line, and there is no default node to send it to: reported and skipped.</summary>
    Unaddressed,
}

/// <summary>
/// One line of listener input. A journal line (a fake GraceDb's or a run's alerts.jsonl: a JSON object with a string
/// <c>node</c> and an <c>alert</c>) carries its own node. Any other line is a raw alert payload for the default node
/// (<c>--node</c>), passed on as it is: the engine reports a payload it cannot parse, as lvalertMP did.
/// </summary>
/// <param name="Kind">What the line is.</param>
/// <param name="Node">The node the alert is for (empty unless <see cref="ListenerLineKind.Alert"/>).</param>
/// <param name="Payload">The alert's JSON text as the engine receives it.</param>
/// <param name="Reason">Why an <see cref="ListenerLineKind.Unaddressed"/> line cannot be delivered.</param>
public sealed record ListenerLine(ListenerLineKind Kind, string Node, string Payload, string Reason)
{
    private static readonly ListenerLine BlankLine = new(ListenerLineKind.Blank, "", "", "");

    public static ListenerLine Parse(string text, string? defaultNode)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return BlankLine;
        }

        string reason;
        try
        {
            // A read-only document, not a tree: the alert's own text is passed on as it is, and parsed once, by the engine.
            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement record = document.RootElement;
            if (record.ValueKind == JsonValueKind.Object && JournalNode(record) is { } node && record.TryGetProperty("alert", out JsonElement alert))
            {
                switch (alert.ValueKind)
                {
                    case JsonValueKind.Object:
                        return new(ListenerLineKind.Alert, node, alert.GetRawText(), "");
                    case JsonValueKind.String:
                        // A payload journalled as a string is passed on as it was sent.
                        return new(ListenerLineKind.Alert, node, alert.GetString()!, "");
                }
            }

            reason = "no \"node\" and \"alert\"";
        }
        catch (JsonException e)
        {
            // A journal line cut short by a crash lands here too; only the stream's author can say where it belongs.
            reason = "not JSON: " + e.Message;
        }

        return defaultNode is null
            ? new(ListenerLineKind.Unaddressed, "", text, $"not a journal line ({reason}) and no default node (--node) to send it to")
            : new(ListenerLineKind.Alert, defaultNode, text, "");
    }

    private static string? JournalNode(JsonElement record) =>
        record.TryGetProperty("node", out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } node ? node : null;
}
