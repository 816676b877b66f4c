using System.Globalization;
using System.Text.Json.Nodes;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Http.Server;

/// <summary>
/// One page of the event list, as the real server pages it: <c>query</c>, <c>count</c>, <c>start</c>, <c>sort</c>
/// parameters; the body <c>{"links": {self, first, last, next}, "events": [...], "numRows": n}</c>, with
/// <c>next</c> only when more events follow. Without <c>sort</c>, the store's order (by GraceID number).
/// </summary>
internal sealed record EventListPage(string? Query, int Count, int Start, string? Sort)
{
    private static readonly string[] SortFields = ["created", "gpstime", "far", "graceid"];

    public static EventListPage FromQuery(ApiExchange request, int defaultCount)
    {
        int count = Number(request.Query("count"), "count", defaultCount, minimum: 1);
        int start = Number(request.Query("start"), "start", 0, minimum: 0);
        string? sort = request.Query("sort");
        if (sort is not null && !SortFields.Contains(sort.TrimStart('-'), StringComparer.Ordinal))
        {
            throw new GraceDbValidationException($"sort: '{sort}' is not one of {string.Join(", ", SortFields)} (with an optional '-')");
        }

        return new EventListPage(request.Query("query"), count, start, sort);
    }

    public JsonObject Build(IReadOnlyList<GraceEvent> matches, string serviceUrl)
    {
        IReadOnlyList<GraceEvent> ordered = Sorted(matches);
        int last = ordered.Count == 0 ? 0 : (ordered.Count - 1) / Count * Count;
        var links = new JsonObject
        {
            ["self"] = Url(serviceUrl, Start),
            ["first"] = Url(serviceUrl, 0),
            ["last"] = Url(serviceUrl, last),
        };
        if (Start + Count < ordered.Count)
        {
            links["next"] = Url(serviceUrl, Start + Count);
        }

        return new JsonObject
        {
            ["links"] = links,
            ["events"] = new JsonArray(ordered.Skip(Start).Take(Count).Select(e => (JsonNode?)GraceDbJson.Event(e, serviceUrl)).ToArray()),
            ["numRows"] = ordered.Count,
        };
    }

    private IReadOnlyList<GraceEvent> Sorted(IReadOnlyList<GraceEvent> events)
    {
        if (Sort is null)
        {
            return events;
        }

        bool descending = Sort.StartsWith('-');
        Func<GraceEvent, IComparable?> key = Sort.TrimStart('-') switch
        {
            "created" => e => e.Created,
            "gpstime" => e => e.GpsTime,
            "far" => e => e.Far,
            _ => e => e.GraceId.Number,
        };

        // Stable, and ties keep the store's order: equal inputs give equal pages.
        return descending ? events.OrderByDescending(key).ToList() : events.OrderBy(key).ToList();
    }

    private string Url(string serviceUrl, int start)
    {
        var parameters = new List<string>();
        if (Query is not null)
        {
            parameters.Add("query=" + Uri.EscapeDataString(Query));
        }

        parameters.Add("count=" + Count.ToString(CultureInfo.InvariantCulture));
        parameters.Add("start=" + start.ToString(CultureInfo.InvariantCulture));
        if (Sort is not null)
        {
            parameters.Add("sort=" + Uri.EscapeDataString(Sort));
        }

        return $"{serviceUrl}events/?{string.Join('&', parameters)}";
    }

    private static int Number(string? text, string name, int absent, int minimum)
    {
        if (text is null)
        {
            return absent;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= minimum
            ? value
            : throw new GraceDbValidationException($"{name}: '{text}' is not a whole number of at least {minimum}");
    }
}
