using System.Globalization;
using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.TraceT.Telescopes;

/// <summary>
/// A telescope service for simulations and tests. By default every request is accepted with a healthy answer of the
/// real service's shape and trigger ids 1, 2, 3... in request order. A telescope can be given a canned answer (such
/// as the fixture <c>atca_test_api_response.yaml</c>, whose expired-token error refuses the request) or be marked
/// down (no answer at all). Every request is kept, answered or not.
/// </summary>
public sealed class FakeTelescopeService : ITelescopeService
{
    private readonly SortedDictionary<string, JsonObject> _canned = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _down = new(StringComparer.Ordinal);
    private readonly List<ObservationRequest> _requests = [];
    private long _nextTriggerId = 1;

    public IReadOnlyList<ObservationRequest> Requests => _requests;

    /// <summary>Answers every later request to <paramref name="telescopePrefix"/> (MWA, ATCA) with this reply.</summary>
    public FakeTelescopeService Answer(string telescopePrefix, JsonObject response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _canned[telescopePrefix] = response;
        return this;
    }

    public FakeTelescopeService Down(string telescopePrefix)
    {
        _down.Add(telescopePrefix);
        return this;
    }

    public TelescopeAnswer Request(ObservationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _requests.Add(request);
        string kind = request.Telescope.StartsWith("MWA", StringComparison.Ordinal) ? "MWA" : request.Telescope;
        if (_down.Contains(kind))
        {
            throw new TelescopeUnavailableException($"{request.Telescope} service did not answer");
        }

        long triggerId = _nextTriggerId++;
        JsonObject response = _canned.TryGetValue(kind, out JsonObject? canned) ? (JsonObject)canned.DeepClone() : Healthy(kind, request, triggerId);
        return kind switch
        {
            "MWA" => TelescopeAnswers.Mwa(response),
            "ATCA" => TelescopeAnswers.Atca(response, triggerId),
            _ => throw new TelescopeUnavailableException($"no service for telescope {request.Telescope}"),
        };
    }

    private static JsonObject Healthy(string kind, ObservationRequest r, long triggerId) => kind == "MWA"
        ? new JsonObject
        {
            ["errors"] = new JsonObject(),
            ["params"] = new JsonObject
            {
                ["project_id"] = r.ProjectId,
                ["obsname"] = r.ObservationName,
                ["ralist"] = r.Ra is { } ra ? new JsonArray(ra) : null,
                ["declist"] = r.Dec is { } dec ? new JsonArray(dec) : null,
                ["exptime"] = r.ExposureSeconds,
                ["pretend"] = r.Pretend,
            },
            ["success"] = true,
            ["obsid_list"] = new JsonArray(r.Time.ToUnixTimeSeconds() - 315_964_782), // GPS seconds, as MWA obs ids are
            ["trigger_id"] = triggerId,
        }
        : new JsonObject
        {
            ["authenticationToken"] = new JsonObject { ["received"] = "true", ["verified"] = "true" },
            ["testMode"] = r.Pretend ? "true" : "false",
            ["id"] = string.Create(CultureInfo.InvariantCulture, $"fake{triggerId:D16}"),
        };
}
