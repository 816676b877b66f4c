using System.Globalization;
using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.TraceT.Telescopes;

/// <summary>
/// Reading the two services' replies. MWA's web service answers <c>{success, obsid_list, trigger_id, errors, ...}</c>;
/// ATCA's rapid-response API answers <c>{id, error, ...}</c> and an <c>error</c> text means the request was refused.
/// </summary>
public static class TelescopeAnswers
{
    public static TelescopeAnswer Mwa(JsonObject response)
    {
        ArgumentNullException.ThrowIfNull(response);
        bool success = response["success"] is JsonValue s && s.TryGetValue(out bool b) && b;
        long? triggerId = response["trigger_id"] is JsonValue t && t.TryGetValue(out long id) ? id : null;
        long? obsId = response["obsid_list"] is JsonArray { Count: > 0 } list && list[0] is JsonValue o && o.TryGetValue(out long first) ? first : null;
        string? link = obsId is { } obs ? string.Create(CultureInfo.InvariantCulture, $"http://ws.mwatelescope.org/observation/obs/?obsid={obs}") : null;
        string? error = success ? null : Describe(response["errors"]) ?? "the MWA web service did not report success";
        return new TelescopeAnswer(success && triggerId is not null, triggerId, link, success && triggerId is null ? "the MWA answer has no trigger_id" : error, response);
    }

    public static TelescopeAnswer Atca(JsonObject response, long triggerId)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? error = Describe(response["error"]);
        string? id = response["id"]?.ToString();
        return new TelescopeAnswer(error is null, error is null ? triggerId : null, id is null ? null : $"https://www.narrabri.atnf.csiro.au/observing/rapid/{id}", error, response);
    }

    private static string? Describe(JsonNode? error) => error switch
    {
        null => null,
        JsonObject { Count: 0 } or JsonArray { Count: 0 } => null,
        JsonValue v when v.TryGetValue(out string? s) => string.IsNullOrWhiteSpace(s) || s == "null" ? null : s,
        _ => error.ToJsonString(),
    };
}
