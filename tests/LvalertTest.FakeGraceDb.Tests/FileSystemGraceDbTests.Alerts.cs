using System.Text.Json.Nodes;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;

namespace LvalertTest.FakeGraceDb.Tests;

public partial class FileSystemGraceDbTests
{
    [Test]
    public void LegacyDialect_EnvelopesOfEveryWrite()
    {
        GraceEvent e = NewGstlal(labels: ["ADVREQ"]);
        Db.WriteLog(e.GraceId, "strain spectral densities", "psd.xml.gz", [0], ["psd"]);
        Db.CreateSignoff(e.GraceId, SignoffType.ADV, null, SignoffStatus.OK, "go");

        List<JsonObject> alerts = _kind.Published.Alerts.Where(a => a.Node == "cbc_gstlal").Select(a => JsonNode.Parse(a.Json)!.AsObject()).ToList();

        Assert.That(alerts.Select(a => (string?)a["alert_type"]), Is.EqualTo(new[] { "new", "label", "update", "label", "signoff" }));
        JsonObject created = alerts[0];
        Assert.That((string?)created["file"], Is.EqualTo("https://gracedb.invalid/api/events/G000001/files/coinc.xml,0"));
        Assert.That((string?)created["object"]!["graceid"], Is.EqualTo("G000001"));
        Assert.That((string?)created["object"]!["created"], Is.EqualTo("2017-08-17 12:41:04 UTC"));
        Assert.That(alerts[1].ToJsonString(), Is.EqualTo("""{"uid":"G000001","alert_type":"label","description":"ADVREQ","file":""}"""));
        Assert.That((string?)alerts[2]["description"], Is.EqualTo("strain spectral densities"));
        Assert.That((string?)alerts[2]["file"], Is.EqualTo("psd.xml.gz"));
        Assert.That((int?)alerts[2]["object"]!["N"], Is.EqualTo(4));
        Assert.That((string?)alerts[2]["object"]!["file"], Is.EqualTo("https://gracedb.invalid/api/events/G000001/files/psd.xml.gz,0"));
        Assert.That((string?)alerts[4]["object"]!["signoff_type"], Is.EqualTo("ADV"));
    }

    [Test]
    public void IgwnDialect_EnvelopesOfEveryWrite()
    {
        // A fresh store: the dialect is fixed when a store is created.
        _kind.Dispose();
        _kind = new StoreKind(kind);
        _db = _kind.Open(AlertDialect.Igwn);
        Assert.That(_db.Dialect, Is.EqualTo(AlertDialect.Igwn));

        GraceEvent e = NewGstlal(labels: ["H1OPS"]);
        Db.WriteLog(e.GraceId, "V1 detchar analysis finished", tagNames: ["data_quality"]);
        Db.RemoveLabel(e.GraceId, "H1OPS");
        Db.AddLabel(e.GraceId, "H1OPS");
        Db.CreateSignoff(e.GraceId, SignoffType.OP, "H1", SignoffStatus.NO, "glitch");
        Db.WriteLog(e.GraceId, "sky map", "bayestar.fits.gz", [1]);
        Db.CreateVoEvent(e.GraceId, new VoEventRequest(VoEventType.Update, "bayestar", "bayestar.fits.gz"));

        List<JsonObject> alerts = _kind.Published.Alerts.Where(a => a.Node == "cbc_gstlal_allsky").Select(a => JsonNode.Parse(a.Json)!.AsObject()).ToList();

        Assert.That(alerts.Select(a => (string?)a["alert_type"]), Is.EqualTo(new[] { "new", "label_added", "log", "label_removed", "label_added", "label_added", "signoff_created", "log", "voevent" }),
            "the server's own log entries (sign-off, New VOEvent) come with no log alert");
        Assert.That(alerts.All(a => a["data"] is JsonObject && a["object"] is JsonObject && (string?)a["uid"] == "G000001"), Is.True);
        Assert.That((string?)alerts[2]["data"]!["comment"], Is.EqualTo("V1 detchar analysis finished"));
        Assert.That(alerts[2]["data"]!["tag_names"]!.ToJsonString(), Is.EqualTo("""["data_quality"]"""));
        Assert.That((string?)alerts[3]["data"]!["name"], Is.EqualTo("H1OPS"));
        Assert.That((string?)alerts[5]["data"]!["name"], Is.EqualTo("H1NO"));
        Assert.That((string?)alerts[8]["data"]!["voevent_type"], Is.EqualTo("UP"));
        Assert.That(alerts[6]["object"]!["labels"]!.ToJsonString(), Is.EqualTo("""["H1NO"]"""));
    }

    [Test]
    public void AlertJournal_HoldsEveryPublishedAlertInOrder()
    {
        GraceEvent e = NewGstlal();
        _kind.Clock.Advance(TimeSpan.FromSeconds(5));
        Db.AddLabel(e.GraceId, "EM_READY");

        var journal = _db.AlertJournal();

        Assert.That(journal.Select(j => j.Alert), Is.EqualTo(_kind.Published.Alerts));
        Assert.That(journal.Select(j => j.Time), Is.EqualTo(new[] { StoreKind.Start, StoreKind.Start, StoreKind.Start.AddSeconds(5), StoreKind.Start.AddSeconds(5) }));
    }

    [Test]
    public void PublishRaw_JournalsAndPublishesToTheNode()
    {
        Alert alert = _db.PublishRaw("command-eventSupervisor_CBC", """{"uid":"command","alert_type":"clearQueue","object":{}}""");

        Assert.That(alert, Is.EqualTo(new Alert("command-eventSupervisor_CBC", "command", "clearQueue", """{"uid":"command","alert_type":"clearQueue","object":{}}""")));
        Assert.That(_kind.Published.Alerts, Is.EqualTo(new[] { alert }));
        Assert.That(_db.AlertJournal().Select(j => j.Alert), Is.EqualTo(new[] { alert }));
        Assert.Throws<GraceDbValidationException>(() => _db.PublishRaw("n", "{broken"));
        Assert.That(_db.AlertJournal(), Has.Count.EqualTo(1));
    }
}
