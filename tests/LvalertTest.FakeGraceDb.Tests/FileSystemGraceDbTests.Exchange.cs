using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;

namespace LvalertTest.FakeGraceDb.Tests;

public partial class FileSystemGraceDbTests
{
    // The event fields the store models; links and superevent data are the server's own.
    private static readonly string[] ModelledEventFields =
    [
        "submitter", "created", "group", "graceid", "pipeline", "gpstime", "instruments", "nevents", "offline",
        "search", "far", "far_is_upper_limit", "likelihood", "labels", "extra_attributes",
    ];

    [Test]
    public void ImportExport_RealEventsFromThePublicListing_RoundTrip()
    {
        JsonObject listing = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Fixture("gracedb-public", "superevents-listing.json")))!.AsObject();
        List<JsonObject> events = listing["superevents"]!.AsArray()
            .Select(s => s!["preferred_event_data"] as JsonObject)
            .OfType<JsonObject>()
            .ToList();
        Assume.That(events, Has.Count.GreaterThan(50));

        foreach (JsonObject original in events)
        {
            _db.ImportExport(new JsonObject { ["event"] = original.DeepClone() });
        }

        Assert.Multiple(() =>
        {
            foreach (JsonObject original in events)
            {
                JsonObject exported = _db.Export(GraceId.Parse((string)original["graceid"]!))["event"]!.AsObject();
                foreach (string field in ModelledEventFields)
                {
                    // Numbers compare by value: the server writes 9.1e-14 and 0.0 where .NET writes 9.1E-14 and 0.
                    Assert.That(JsonNode.DeepEquals(exported[field], original[field]), Is.True, $"{original["graceid"]}.{field}: {exported[field]?.ToJsonString()} vs {original[field]?.ToJsonString()}");
                }
            }
        });
        Assert.That(_kind.Published.Alerts, Is.Empty, "importing history publishes nothing");
    }

    [Test]
    public void ImportExport_RealLogShapes_RoundTrip()
    {
        // The shapes of the reference's real examples: an O2 alert-era log entry (issuer as a dict) and an API-era one.
        var export = JsonNode.Parse("""
            {
              "event": {"graceid": "G298048", "group": "CBC", "pipeline": "gstlal", "search": "AllSky", "submitter": "gstlalcbc",
                        "created": "2017-08-17 12:41:10 UTC", "gpstime": 1187008882.4457, "far": 1.1e-14, "instruments": "H1,L1",
                        "labels": ["EM_READY", "ADVOK"], "extra_attributes": {}},
              "log": {"start": 0, "numRows": 2, "log": [
                {"N": 1, "comment": "Original Data", "created": "2017-08-17T12:41:10+00:00", "issuer": {"username": "gstlalcbc", "display_name": "gstlal"},
                 "filename": "coinc.xml", "file_version": 0, "tag_names": [], "self": "x", "tags": "x", "file": "x"},
                {"N": 532, "comment": "GCN Initial VOEvent", "created": 1503013213.5, "issuer": "gracedb.processor",
                 "filename": "G298048-1-Initial.xml", "file_version": 0, "tag_names": ["em_follow"]}
              ]},
              "labels": {"labels": [{"name": "EM_READY", "creator": "gracedb.processor", "created": "2017-08-17 12:59:02 UTC", "self": "x"}]}
            }
            """)!.AsObject();

        GraceEvent imported = _db.ImportExport(export);
        JsonObject back = _db.Export(imported.GraceId);

        JsonArray log = back["log"]!["log"]!.AsArray();
        Assert.That(imported.Labels, Is.EqualTo(new[] { "EM_READY" }), "the labels endpoint wins over the event's name list");
        Assert.That(log.Select(l => ((int?)l!["N"], (string?)l["issuer"], (string?)l["created"])), Is.EqualTo(new (int?, string?, string?)[]
        {
            (1, "gstlalcbc", "2017-08-17 12:41:10 UTC"),
            (532, "gracedb.processor", "2017-08-17 23:40:13.5 UTC"),
        }));
        Assert.That((string?)log[1]!["file"], Is.EqualTo("https://gracedb.invalid/api/events/G298048/files/G298048-1-Initial.xml,0"));
        Assert.That(log[1]!["tag_names"]!.ToJsonString(), Is.EqualTo("""["em_follow"]"""));
        Assert.Throws<GraceDbNotFoundException>(() => Db.FileContents(imported.GraceId, "coinc.xml"));
        Assert.Throws<GraceDbConflictException>(() => _db.ImportExport(export));
    }

    [Test]
    public void ImportExport_BadExport_NamesTheField()
    {
        var error = Assert.Throws<FormatException>(() => _db.ImportExport(JsonNode.Parse("""{"event": {"graceid": "G1", "group": "CBC", "pipeline": "gstlal", "created": "last week"}}""")!.AsObject()));

        Assert.That(error!.Message, Is.EqualTo("created: 'last week' is not a GraceDb time"));
        Assert.That(Db.Events(string.Empty), Is.Empty);
    }
}
