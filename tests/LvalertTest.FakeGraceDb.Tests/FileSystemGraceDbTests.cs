using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;

namespace LvalertTest.FakeGraceDb.Tests;

/// <summary>
/// The IGraceDb contract, run against the in-memory store, the on-disk store, and the in-memory store served over
/// HTTP and called through GraceDbRestClient ("rest"). Every call, both dialects, every error. Tests that reach
/// into the store itself (crashes, import/export, alerts) use <c>_db</c>; the contract goes through <see cref="Db"/>.
/// </summary>
[TestFixture("memory")]
[TestFixture("process-memory")]
[TestFixture("disk")]
[TestFixture("rest")]
public partial class FileSystemGraceDbTests(string kind)
{
    private StoreKind _kind = null!;
    private FileSystemGraceDb _db = null!;

    [SetUp]
    public void OpenStore()
    {
        _kind = new StoreKind(kind);
        _db = _kind.Open();
    }

    [TearDown]
    public void RemoveStore() => _kind.Dispose();

    private IGraceDb Db => _kind.Serve(_db);

    private GraceEvent NewGstlal(string group = "CBC", string? search = "AllSky", double gps = 1187008882.4457, double far = 1.1e-14, IReadOnlyList<string>? labels = null) =>
        Db.CreateEvent(group, "gstlal", search, "coinc.xml", SampleUploads.GstlalCoinc(gps, far), labels);

    [Test]
    public void CreateEvent_Gstlal_ReadsTheCoincTableAndWritesTheServerLogs()
    {
        GraceEvent e = NewGstlal();

        Assert.Multiple(() =>
        {
            Assert.That(e.GraceId.ToString(), Is.EqualTo("G000001"));
            Assert.That((e.Group, e.Pipeline, e.Search), Is.EqualTo(("CBC", "gstlal", "AllSky")));
            Assert.That(e.GpsTime, Is.EqualTo(1187008882.4457).Within(1e-6));
            Assert.That(e.Far, Is.EqualTo(1.1e-14));
            Assert.That(e.Instruments, Is.EqualTo("H1,L1"));
            Assert.That(e.Created, Is.EqualTo(StoreKind.Start));
            Assert.That(e.Submitter, Is.EqualTo("lvalerttest@ligo.org"));
            Assert.That((double)e.ExtraAttributes["CoincInspiral"]!["snr"]!, Is.EqualTo(32.4));
            Assert.That(Db.Logs(e.GraceId).Select(l => (l.N, l.Comment, l.FileReference)), Is.EqualTo(new (int, string, string?)[]
            {
                (1, "Original Data", "coinc.xml,0"),
                (2, "Log File Created", "event.log,0"),
                (3, "Coinc Table Created", "coinc.xml,1"),
            }));
            Assert.That(Db.Event(e.GraceId), Is.EqualTo(e).Using<GraceEvent>(SameEvent));
        });
    }

    [Test]
    public void CreateEvent_OtherPipelines_ReadTheirUploads()
    {
        GraceEvent cwb = Db.CreateEvent("Burst", "CWB", "AllSky", "trigger.txt", SampleUploads.CwbTrigger(1165855145.5572, 3.79986e-06));
        GraceEvent lib = Db.CreateEvent("Burst", "LIB", "AllSky", "lib.json", SampleUploads.OlibJson(1187008882.43, 2.5e-8));
        GraceEvent fermi = Db.CreateEvent("External", "Fermi", "GRB", "fermi.xml", SampleUploads.FermiNotice());

        Assert.Multiple(() =>
        {
            Assert.That((cwb.GpsTime, cwb.Far, cwb.Instruments, cwb.Likelihood), Is.EqualTo((1165855145.5572, 3.79986e-06, "H1,L1", (double?)103.0)));
            Assert.That((lib.GpsTime, lib.Far, lib.Instruments), Is.EqualTo((1187008882.43, 2.5e-8, "H1,L1")));
            Assert.That((double)lib.ExtraAttributes["LalInferenceBurst"]!["bci"]!, Is.EqualTo(9.1));
            Assert.That(fermi.GraceId.Prefix, Is.EqualTo('E'));
            // 2017-11-26T05:38:43.71 UTC is GPS 1195709941.71 (GW170817, 12:41:04.4 UTC, was GPS 1187008882.4).
            Assert.That(fermi.GpsTime, Is.EqualTo(1195709941.71).Within(1e-6));
            Assert.That((string)fermi.ExtraAttributes["GRB"]!["trigger_id"]!, Is.EqualTo("533367528"));
        });
    }

    [Test]
    public void CreateEvent_UnreadableUpload_StillCreatesTheEventAndLogsWhy()
    {
        GraceEvent e = Db.CreateEvent("CBC", "gstlal", "AllSky", "coinc.xml", "not xml at all"u8.ToArray());

        Assert.That(e.GpsTime, Is.Null);
        Assert.That(Db.Logs(e.GraceId)[1].Comment, Does.StartWith("Could not read data ("));
    }

    [Test]
    public void GraceIds_OneCounterAcrossLetters_DenseAndByGroup()
    {
        string[] ids =
        [
            NewGstlal("Test", "LowMass").GraceId.ToString(),
            NewGstlal("CBC").GraceId.ToString(),
            Db.CreateEvent("External", "Fermi", "GRB", "fermi.xml", SampleUploads.FermiNotice()).GraceId.ToString(),
            Db.CreateEvent("Burst", "CWB", null, "t.txt", SampleUploads.CwbTrigger()).GraceId.ToString(),
        ];

        Assert.That(ids, Is.EqualTo(new[] { "T000001", "G000002", "E000003", "G000004" }));
    }

    [Test]
    public void CreateEvent_KeepsCapitalisation_AndAlertsTheLowerCaseNodes()
    {
        GraceEvent e = Db.CreateEvent("CBC", "MBTAOnline", "AllSky", "coinc.xml", SampleUploads.GstlalCoinc());

        Assert.That(Db.Event(e.GraceId).Pipeline, Is.EqualTo("MBTAOnline"));
        Assert.That(_kind.Published.Alerts.Select(a => (a.Node, a.AlertType)), Is.EqualTo(new[] { ("cbc_mbtaonline", "new"), ("cbc_mbtaonline_allsky", "new") }));
    }

    [TestCase("cbc", "gstlal", "AllSky", "unknown group 'cbc'")]
    [TestCase("CBC", "GSTLAL", "AllSky", "unknown pipeline 'GSTLAL'")]
    [TestCase("CBC", "gstlal", "allsky", "unknown search 'allsky'")]
    public void CreateEvent_UnknownNames_AreRefusedAndNothingIsWritten(string group, string pipeline, string search, string reason)
    {
        var error = Assert.Throws<GraceDbValidationException>(() => Db.CreateEvent(group, pipeline, search, "coinc.xml", SampleUploads.GstlalCoinc()));

        Assert.That(error!.Message, Does.StartWith(reason));
        Assert.That(error.StatusCode, Is.EqualTo(400));
        AssertNothingStored();
    }

    [Test]
    public void CreateEvent_UnknownLabelOrMissingFile_AreRefusedAndNothingIsWritten()
    {
        Assert.Throws<GraceDbValidationException>(() => Db.CreateEvent("CBC", "gstlal", null, "coinc.xml", SampleUploads.GstlalCoinc(), ["NOT_A_LABEL"]));
        Assert.Throws<GraceDbValidationException>(() => Db.CreateEvent("CBC", "gstlal", null, "coinc.xml", []));
        Assert.Throws<GraceDbValidationException>(() => Db.CreateEvent("CBC", "gstlal", null, "../coinc.xml", SampleUploads.GstlalCoinc()));
        AssertNothingStored();
    }

    [Test]
    public void CreateEvent_WithLabels_AppliesThemAfterTheNewAlert()
    {
        GraceEvent e = NewGstlal(search: null, labels: ["INJ", "H1OPS"]);

        Assert.That(e.Labels, Is.EqualTo(new[] { "INJ", "H1OPS" }));
        Assert.That(_kind.Published.Alerts.Select(a => a.AlertType), Is.EqualTo(new[] { "new", "label", "label" }));
    }

    [Test]
    public void Event_UnknownGraceId_IsNotFound()
    {
        NewGstlal();

        var error = Assert.Throws<GraceDbNotFoundException>(() => Db.Event(GraceId.Parse("G000099")));

        Assert.That(error!.Message, Is.EqualTo("event G000099 does not exist"));
        Assert.That(error.StatusCode, Is.EqualTo(404));
        Assert.Throws<GraceDbNotFoundException>(() => Db.Event(GraceId.Parse("T000001")), "same number, other letter");
    }

    [Test]
    public void Reopen_KeepsEverythingAndContinuesTheNumbering()
    {
        GraceEvent first = NewGstlal();
        Db.WriteLog(first.GraceId, "hello", "notes.txt", "v0"u8.ToArray());
        Db.AddLabel(first.GraceId, "EM_READY");

        FileSystemGraceDb reopened = _kind.Open();

        Assert.That(reopened.Event(first.GraceId).Labels, Is.EqualTo(new[] { "EM_READY" }));
        Assert.That(reopened.Logs(first.GraceId).Select(l => l.Comment).Last(), Is.EqualTo("hello"));
        Assert.That(reopened.CreateEvent("CBC", "gstlal", null, "coinc.xml", SampleUploads.GstlalCoinc()).GraceId.ToString(), Is.EqualTo("G000002"));
    }

    private void AssertNothingStored()
    {
        Assert.That(Db.Events(string.Empty), Is.Empty);
        Assert.That(_kind.Published.Alerts, Is.Empty);
        Assert.That(_db.AlertJournal(), Is.Empty);
    }

    private static bool SameEvent(GraceEvent a, GraceEvent b) =>
        GraceDbJson.Event(a, "/").ToJsonString() == GraceDbJson.Event(b, "/").ToJsonString();
}
