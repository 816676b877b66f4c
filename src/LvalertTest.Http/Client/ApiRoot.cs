using System.Text.Json.Nodes;

namespace LvalertTest.Http.Client;

/// <summary>
/// The API root document the official client reads before anything else: <c>links</c> (the collections) and
/// <c>templates</c> (URLs with <c>{graceid}</c>, <c>{N}</c>, <c>{label}</c>, <c>{filename}</c> holes). URLs are
/// never built from a hard-coded layout, so a server that moves them still works.
/// </summary>
internal sealed class ApiRoot
{
    private readonly JsonObject _links;
    private readonly JsonObject _templates;
    private readonly string _source;

    private ApiRoot(JsonObject links, JsonObject templates, string source)
    {
        _links = links;
        _templates = templates;
        _source = source;
    }

    public static ApiRoot Read(JsonNode? document, string source)
    {
        JsonObject root = document as JsonObject ?? throw new FormatException($"{source}: the API root is not a JSON object");
        JsonObject links = root["links"] as JsonObject ?? throw new FormatException($"{source}: the API root has no 'links' object");
        JsonObject templates = root["templates"] as JsonObject ?? throw new FormatException($"{source}: the API root has no 'templates' object");
        return new ApiRoot(links, templates, source);
    }

    public Uri Link(string name) =>
        new((string?)_links[name] ?? throw new FormatException($"{_source}: the API root has no '{name}' link"));

    /// <summary>Fills a template's holes with escaped values.</summary>
    public Uri Expand(string template, params (string Name, string Value)[] values)
    {
        string url = (string?)_templates[template] ?? throw new FormatException($"{_source}: the API root has no '{template}'");
        foreach ((string name, string value) in values)
        {
            url = url.Replace("{" + name + "}", PathSegment(value), StringComparison.Ordinal);
        }

        return new Uri(url);
    }

    /// <summary>A value escaped for one path segment; commas stay, as in the real service's <c>name,N</c> file URLs.</summary>
    public static string PathSegment(string value) => Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.Ordinal);
}
