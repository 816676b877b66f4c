using System.Globalization;
using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// Everything an item's tasks are made from (the original's uniform item constructor): the alert that created it,
/// the item's config section, and the shared context. Items are re-created from the same request after a restart.
/// </summary>
public sealed record EsItemRequest(EsContext Context, string ItemName, string GraceId, JsonObject Alert, EsSection Section)
{
    /// <summary>Setup for one task of this item (the section's e-mail lists).</summary>
    public EsTaskSetup Setup() => new(Context, GraceId, ItemName, Section.Emails());

    /// <summary>The alert's <c>object</c> (the event document on <c>new</c>, the log entry on <c>update</c>).</summary>
    public JsonObject Object => Alert["object"] as JsonObject ?? [];

    public string Description => (Alert["description"] as JsonValue)?.ToString() ?? string.Empty;

    public string File => (Alert["file"] as JsonValue)?.ToString() ?? string.Empty;

    /// <summary>A number in the alert's object (JSON number or numeric string), or null.</summary>
    public double? ObjectNumber(string key) => Object[key] switch
    {
        JsonValue v when v.TryGetValue(out double d) => d,
        JsonValue v when v.TryGetValue(out string? s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
        _ => null,
    };
}
