using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;

namespace LvalertTest.Core.GraceDb;

/// <summary>
/// The real REST JSON shapes of events, log entries, labels, sign-offs and VOEvents (server <c>eventToDict</c>,
/// <c>eventLogToDict</c>, ...), both ways: what the fake serves and alerts carry, and what an export is read from.
/// </summary>
public static partial class GraceDbJson
{
    public static JsonObject Event(GraceEvent e, string serviceUrl)
    {
        string self = $"{serviceUrl}events/{e.GraceId}";
        var json = new JsonObject
        {
            ["submitter"] = e.Submitter,
            ["created"] = GraceDbTime.Format(e.Created),
            ["group"] = e.Group,
            ["graceid"] = e.GraceId.ToString(),
            ["pipeline"] = e.Pipeline,
            ["gpstime"] = e.GpsTime,
            ["instruments"] = e.Instruments,
            ["nevents"] = e.Nevents,
            ["offline"] = e.Offline,
            ["search"] = e.Search,
            ["far"] = e.Far,
            ["far_is_upper_limit"] = e.FarIsUpperLimit,
            ["likelihood"] = e.Likelihood,
            ["labels"] = new JsonArray(e.Labels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
            ["extra_attributes"] = e.ExtraAttributes.DeepClone(),
            ["superevent"] = null,
            ["links"] = new JsonObject
            {
                ["neighbors"] = self + "/neighbors/",
                ["log"] = self + "/log/",
                ["emobservations"] = self + "/emobservation/",
                ["files"] = self + "/files/",
                ["labels"] = self + "/labels/",
                ["self"] = self,
                ["tags"] = self + "/tag/",
            },
        };
        return json;
    }

    public static JsonObject Log(GraceId id, LogEntry log, string serviceUrl)
    {
        string events = $"{serviceUrl}events/{id}";
        return new JsonObject
        {
            ["self"] = $"{events}/log/{log.N}",
            ["N"] = log.N,
            ["comment"] = log.Comment,
            ["created"] = GraceDbTime.Format(log.Created),
            ["issuer"] = log.Issuer,
            ["filename"] = log.FileName,
            ["file_version"] = log.FileVersion,
            ["tag_names"] = new JsonArray(log.TagNames.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
            ["file"] = log.FileReference is { } reference ? $"{events}/files/{reference}" : null,
            ["tags"] = $"{events}/log/{log.N}/tag/",
        };
    }

    public static JsonObject Label(GraceId id, LabelRecord label, string serviceUrl) => new()
    {
        ["name"] = label.Name,
        ["creator"] = label.Creator,
        ["created"] = GraceDbTime.Format(label.Created),
        ["self"] = $"{serviceUrl}events/{id}/labels/{label.Name}",
    };

    public static JsonObject Signoff(SignoffRecord signoff) => new()
    {
        ["submitter"] = signoff.Submitter,
        ["instrument"] = signoff.Instrument,
        ["status"] = signoff.Status.ToString(),
        ["comment"] = signoff.Comment,
        ["signoff_type"] = signoff.SignoffType.ToString(),
        ["created"] = GraceDbTime.Format(signoff.Created),
    };

    public static JsonObject VoEvent(GraceId id, VoEventRecord v, string serviceUrl)
    {
        string events = $"{serviceUrl}events/{id}";
        return new JsonObject
        {
            ["links"] = new JsonObject
            {
                ["self"] = $"{events}/voevent/{v.N}",
                ["file"] = $"{events}/files/{v.FileName},{v.FileVersion}",
            },
            ["N"] = v.N,
            ["issuer"] = v.Issuer,
            ["ivorn"] = v.Ivorn,
            ["filename"] = v.FileName,
            ["file_version"] = v.FileVersion,
            ["voevent_type"] = VoEventNaming.Code(v.VoEventType),
            ["created"] = GraceDbTime.Format(v.Created),
            ["skymap_type"] = v.SkymapType,
            ["skymap_filename"] = v.SkymapFileName,
            ["internal"] = v.Internal,
            ["open_alert"] = v.OpenAlert,
            ["hardware_inj"] = v.HardwareInjection,
        };
    }

    /// <summary>The log list endpoint's body.</summary>
    public static JsonObject LogList(GraceId id, IReadOnlyList<LogEntry> logs, string serviceUrl) => new()
    {
        ["start"] = 0,
        ["numRows"] = logs.Count,
        ["log"] = new JsonArray(logs.Select(l => (JsonNode?)Log(id, l, serviceUrl)).ToArray()),
        ["links"] = new JsonObject { ["self"] = $"{serviceUrl}events/{id}/log/" },
    };
}
