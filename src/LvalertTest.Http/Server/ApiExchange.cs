using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Http.Client;
using Microsoft.AspNetCore.Http;

namespace LvalertTest.Http.Server;

/// <summary>One request as the endpoints see it: the service URL it was addressed to, who acts, route values, form fields.</summary>
internal sealed class ApiExchange(HttpContext context)
{
    private Dictionary<string, List<string>>? _fields;
    private IFormFileCollection? _files;

    public HttpContext Context => context;

    /// <summary>The API root as the caller reached it, so links in answers work from where the caller stands.</summary>
    public string ServiceUrl => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/api/";

    /// <summary>The user the fake records: the acting-user header, else the basic-auth name, else the store's default.</summary>
    public string? ActingUser
    {
        get
        {
            string? header = context.Request.Headers[ApiNames.ActingUserHeader];
            if (!string.IsNullOrWhiteSpace(header))
            {
                return header;
            }

            return AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out AuthenticationHeaderValue? auth)
                && string.Equals(auth.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
                && auth.Parameter is { } parameter
                && TryBasicUser(parameter) is { } user
                ? user
                : null;
        }
    }

    public GraceId GraceId
    {
        get
        {
            string text = Route("graceid");

            // The real server's URL patterns only match GraceIDs; anything else is not a resource there: 404.
            return GraceId.TryParse(text, out GraceId id) ? id : throw new GraceDbNotFoundException($"'{text}' is not a GraceID");
        }
    }

    public string Route(string name) => context.Request.RouteValues[name]?.ToString() ?? string.Empty;

    public int RouteNumber(string name) =>
        int.TryParse(Route(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new GraceDbNotFoundException($"'{Route(name)}' is not a number");

    /// <summary>
    /// Reads the whole body before anything is stored, so a broken upload writes nothing: a multipart or url-encoded
    /// form (what the official client sends), or a JSON object (what gracedb-sdk sends for annotations).
    /// </summary>
    public async Task ReadFormAsync()
    {
        HttpRequest request = context.Request;
        if (request.HasFormContentType)
        {
            IFormCollection form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            _fields = form.ToDictionary(f => f.Key, f => f.Value.Where(v => v is not null).Select(v => v!).ToList(), StringComparer.Ordinal);
            _files = form.Files;
        }
        else if (request.HasJsonContentType())
        {
            _fields = JsonFields(await ReadJsonObject().ConfigureAwait(false));
            _files = null;
        }
        else if (request.ContentLength is null or 0 && request.ContentType is null)
        {
            _fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        }
        else
        {
            throw new GraceDbRequestRefusedException(StatusCodes.Status415UnsupportedMediaType, $"unsupported media type '{request.ContentType}' (send multipart/form-data, application/x-www-form-urlencoded or application/json)");
        }
    }

    public string? Field(string name) => Fields(name).FirstOrDefault();

    public string RequiredField(string name) => Field(name) ?? throw new GraceDbValidationException($"{name}: this field is required");

    public IReadOnlyList<string> Fields(string name) =>
        (_fields ?? throw new InvalidOperationException("the body was not read")).TryGetValue(name, out List<string>? values)
            ? values.Where(v => v.Length > 0).ToList()
            : [];

    /// <summary>A boolean as the official client sends it (Python's <c>True</c> / <c>False</c>) or as JSON / curl users write it.</summary>
    public bool Flag(string name, bool absent)
    {
        string? value = Field(name);
        return value?.ToLowerInvariant() switch
        {
            null => absent,
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => throw new GraceDbValidationException($"{name}: '{value}' is not a boolean (True or False)"),
        };
    }

    public IFormFile? File(string name) => _files?.GetFile(name);

    public string? Query(string name)
    {
        string? value = context.Request.Query[name];
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private async Task<JsonObject> ReadJsonObject()
    {
        try
        {
            JsonNode? json = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            return json as JsonObject ?? throw new GraceDbValidationException("the JSON body is not an object");
        }
        catch (JsonException e)
        {
            throw new GraceDbValidationException($"the JSON body is malformed ({e.Message})");
        }
    }

    /// <summary>JSON fields as form fields: lists become repeated values, booleans Python's spelling.</summary>
    private static Dictionary<string, List<string>> JsonFields(JsonObject json) =>
        json.ToDictionary(
            kv => kv.Key,
            kv => kv.Value switch
            {
                JsonArray list => list.Select(Text).ToList(),
                var one => [Text(one)],
            },
            StringComparer.Ordinal);

    private static string Text(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => string.Empty,
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => node.ToJsonString(),
    };

    private static string? TryBasicUser(string parameter)
    {
        try
        {
            string pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            int colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? pair[..colon] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
