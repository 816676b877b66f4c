using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Http.Client;

/// <summary>
/// Turns an error response into the typed exception the fake throws for the same failure: 400 validation, 404 not
/// found, 409 conflict, 408 / 429 / 5xx transient, a 500 the served fake marks as a corrupt store a store error.
/// The message is the server's own: <c>{"error": ...}</c> (GraceDb's event views), <c>{"detail": ...}</c> (its REST
/// framework), <c>{"errors": [...]}</c> (form errors), a JSON string, or plain text.
/// </summary>
internal static class GraceDbErrors
{
    private const int MaxMessageLength = 500;

    public static GraceDbException FromResponse(int status, string? reason, byte[] body)
    {
        (string message, string? kind) = Describe(status, reason, body);
        return status switch
        {
            400 => new GraceDbValidationException(message),
            404 => new GraceDbNotFoundException(message),
            409 => new GraceDbConflictException(message),
            500 when kind == ApiNames.StoreErrorKind => new GraceDbStoreException(message),
            408 or 429 or >= 500 => new GraceDbTransientException(status, message),
            _ => new GraceDbRequestRefusedException(status, message),
        };
    }

    /// <summary>The store-error kind marks a failure that no retry will cure.</summary>
    public static bool IsPermanentServerError(GraceDbException e) => e is GraceDbStoreException;

    private static (string Message, string? Kind) Describe(int status, string? reason, byte[] body)
    {
        string fallback = $"HTTP {status} {reason ?? ((HttpStatusCode)status).ToString()}";
        if (body.Length == 0)
        {
            return (fallback, null);
        }

        string text = Encoding.UTF8.GetString(body).Trim();
        try
        {
            JsonNode? json = JsonNode.Parse(text);
            string? kind = (json as JsonObject)?[ApiNames.ErrorKindField] is JsonValue k && k.GetValueKind() == JsonValueKind.String ? k.GetValue<string>() : null;
            return (Shorten(MessageOf(json) ?? fallback), kind);
        }
        catch (JsonException)
        {
            // Plain text (Django's "Event not found.") or an HTML error page: keep the first line.
            string firstLine = text.Split('\n', 2)[0].Trim();
            return (firstLine.StartsWith('<') ? fallback : Shorten(firstLine), null);
        }
    }

    private static string? MessageOf(JsonNode? json) => json switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonArray list => Join(list),
        JsonObject o => o["error"] is { } e ? MessageOf(e)
            : o["detail"] is { } d ? MessageOf(d)
            : o["errors"] is { } es ? MessageOf(es)
            : o["warnings"] is { } w ? MessageOf(w)
            : o.Count > 0 ? string.Join("; ", o.Select(kv => $"{kv.Key}: {MessageOf(kv.Value)}")) : null,
        null => null,
        _ => json.ToJsonString(),
    };

    private static string Join(JsonArray list) => string.Join("; ", list.Select(MessageOf).Where(m => !string.IsNullOrEmpty(m)));

    private static string Shorten(string message) =>
        message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + "...";
}
