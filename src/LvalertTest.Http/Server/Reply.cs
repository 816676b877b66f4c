using System.Text.Json.Nodes;

namespace LvalertTest.Http.Server;

/// <summary>What an endpoint answers: a status with JSON, with raw bytes (a file), or with nothing (204).</summary>
internal sealed record Reply(int Status, JsonNode? Json = null, byte[]? Bytes = null, string? ContentType = null, string? Location = null)
{
    public static Reply Ok(JsonNode json) => new(200, json);

    public static Reply Created(JsonNode json, string? location = null) => new(201, json, Location: location);

    public static Reply NoContent { get; } = new(204);

    public static Reply File(byte[] bytes, string contentType) => new(200, Bytes: bytes, ContentType: contentType);

    /// <summary>The JSON error body: GraceDb's event views answer <c>{"error": ...}</c>.</summary>
    public static Reply Error(int status, string message, string? kind = null)
    {
        var body = new JsonObject { ["error"] = message };
        if (kind is not null)
        {
            body[ApiNames.ErrorKindField] = kind;
        }

        return new Reply(status, body);
    }
}
