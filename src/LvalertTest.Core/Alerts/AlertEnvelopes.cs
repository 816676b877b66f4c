using System.Text.Json.Nodes;

namespace LvalertTest.Core.Alerts;

/// <summary>
/// Builds alert envelopes in either dialect from the REST JSON of what changed (<paramref name="data"/>) and of
/// the event it belongs to (<paramref name="eventJson"/>). Shapes follow the real server's issuers. An envelope takes
/// the nodes it is given as its own (no copies on the hot path): pass fresh objects.
/// </summary>
public static class AlertEnvelopes
{
    public static JsonObject NewEvent(AlertDialect dialect, string uid, JsonObject eventJson, string fileUrl) => dialect switch
    {
        AlertDialect.Legacy => Legacy(uid, "new", string.Empty, fileUrl, eventJson),
        _ => Igwn(uid, "new", (JsonObject)eventJson.DeepClone(), eventJson),
    };

    /// <summary>A log entry: legacy <c>update</c> (description = comment, file = file name), igwn <c>log</c>.</summary>
    public static JsonObject Log(AlertDialect dialect, string uid, JsonObject logJson, JsonObject eventJson) => dialect switch
    {
        AlertDialect.Legacy => Legacy(uid, "update", Text(logJson, "comment"), Text(logJson, "filename"), logJson),
        _ => Igwn(uid, "log", logJson, eventJson),
    };

    /// <summary>A label applied: legacy <c>label</c> (description = name, no object), igwn <c>label_added</c>.</summary>
    public static JsonObject LabelAdded(AlertDialect dialect, string uid, JsonObject labelJson, JsonObject eventJson) => dialect switch
    {
        AlertDialect.Legacy => Legacy(uid, "label", Text(labelJson, "name"), string.Empty, null),
        _ => Igwn(uid, "label_added", labelJson, eventJson),
    };

    /// <summary>
    /// A label removed: igwn <c>label_removed</c>. The legacy service had no removal; its envelope here is the same
    /// shape as <c>label</c> with alert_type <c>label_removed</c>, so legacy listeners can tell the two apart.
    /// </summary>
    public static JsonObject LabelRemoved(AlertDialect dialect, string uid, JsonObject labelJson, JsonObject eventJson) => dialect switch
    {
        AlertDialect.Legacy => Legacy(uid, "label_removed", Text(labelJson, "name"), string.Empty, null),
        _ => Igwn(uid, "label_removed", labelJson, eventJson),
    };

    /// <summary>A sign-off: legacy <c>signoff</c> (object = sign-off), igwn <c>signoff_created</c>.</summary>
    public static JsonObject Signoff(AlertDialect dialect, string uid, JsonObject signoffJson, JsonObject eventJson) => dialect switch
    {
        AlertDialect.Legacy => Legacy(uid, "signoff", Text(signoffJson, "comment"), string.Empty, signoffJson),
        _ => Igwn(uid, "signoff_created", signoffJson, eventJson),
    };

    /// <summary>A VOEvent: legacy <c>update</c> whose object is the VOEvent record, igwn <c>voevent</c>.</summary>
    public static JsonObject VoEvent(AlertDialect dialect, string uid, JsonObject voeventJson, JsonObject eventJson) => dialect switch
    {
        AlertDialect.Legacy => Legacy(uid, "update", "VOEvent " + Text(voeventJson, "filename"), Text(voeventJson, "filename"), voeventJson),
        _ => Igwn(uid, "voevent", voeventJson, eventJson),
    };

    private static JsonObject Legacy(string uid, string alertType, string description, string file, JsonObject? obj)
    {
        var envelope = new JsonObject
        {
            ["uid"] = uid,
            ["alert_type"] = alertType,
            ["description"] = description,
            ["file"] = file,
        };
        if (obj is not null)
        {
            envelope["object"] = obj;
        }

        return envelope;
    }

    private static JsonObject Igwn(string uid, string alertType, JsonObject data, JsonObject eventJson) => new()
    {
        ["uid"] = uid,
        ["alert_type"] = alertType,
        ["data"] = data,
        ["object"] = eventJson,
    };

    private static string Text(JsonObject json, string field) => json[field]?.GetValue<string>() ?? string.Empty;
}
