using System.Text.Json.Nodes;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Http.Server;

/// <summary>
/// The API root (<c>GET /api/</c>), shaped like the real server's: <c>links</c>, <c>templates</c> with the real keys
/// and holes, and the vocabularies the official client validates against before it sends anything.
/// </summary>
internal static class ApiRootDocument
{
    public static JsonObject Build(string serviceUrl, GraceDbCatalog catalog)
    {
        string events = serviceUrl + "events/";
        string one = events + "{graceid}";
        return new JsonObject
        {
            ["links"] = new JsonObject
            {
                ["events"] = events,
                ["self"] = serviceUrl,
            },
            ["templates"] = new JsonObject
            {
                [ApiNames.EventDetailTemplate] = one,
                [ApiNames.EventLogTemplate] = one + "/log/",
                [ApiNames.EventLogDetailTemplate] = one + "/log/{N}",
                [ApiNames.VoEventListTemplate] = one + "/voevent/",
                [ApiNames.VoEventDetailTemplate] = one + "/voevent/{N}",
                [ApiNames.EventLabelTemplate] = one + "/labels/{label}",
                [ApiNames.FilesTemplate] = one + "/files/{filename}",
                [ApiNames.SignoffListTemplate] = one + "/signoff/",
            },
            ["groups"] = Names(catalog.Groups),
            ["pipelines"] = Names(catalog.Pipelines),
            ["searches"] = Names(catalog.Searches),
            ["labels"] = Names(catalog.Labels),
            ["em-groups"] = new JsonArray(),
            ["signoff-types"] = new JsonObject { ["OP"] = "operator", ["ADV"] = "advocate" },
            ["signoff-statuses"] = new JsonObject { ["OK"] = "OKAY", ["NO"] = "NOT OKAY" },
            ["instruments"] = new JsonObject { ["H1"] = "LHO", ["L1"] = "LLO", ["V1"] = "Virgo" },
            ["voevent-types"] = new JsonObject { ["PR"] = "preliminary", ["IN"] = "initial", ["UP"] = "update", ["RE"] = "retraction" },
            ["API_VERSIONS"] = new JsonArray("v1"),
            ["server-version"] = "lvalerttest fake GraceDb",
        };
    }

    private static JsonArray Names(IReadOnlyList<string> names) => new(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
}
