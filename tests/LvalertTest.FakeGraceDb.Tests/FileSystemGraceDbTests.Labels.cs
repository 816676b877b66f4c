using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;

namespace LvalertTest.FakeGraceDb.Tests;

public partial class FileSystemGraceDbTests
{
    [Test]
    public void AddLabel_Twice_IsOneLabelAndOneAlert()
    {
        GraceEvent e = NewGstlal(search: null);
        _kind.Clock.Advance(TimeSpan.FromSeconds(3));

        LabelRecord first = Db.AddLabel(e.GraceId, "EM_READY", "approval-processor");
        LabelRecord again = Db.AddLabel(e.GraceId, "EM_READY");

        Assert.That(again, Is.EqualTo(first));
        Assert.That(first, Is.EqualTo(new LabelRecord("EM_READY", "approval-processor", StoreKind.Start.AddSeconds(3))));
        Assert.That(Db.Labels(e.GraceId), Is.EqualTo(new[] { first }));
        Assert.That(_kind.Published.Alerts.Count(a => a.AlertType == "label"), Is.EqualTo(1));
    }

    [Test]
    public void RemoveLabel_RemovesAndAlerts_UnknownOrAbsentIsRefused()
    {
        GraceEvent e = NewGstlal(search: null, labels: ["DQV"]);

        Db.RemoveLabel(e.GraceId, "DQV");

        Assert.That(Db.Event(e.GraceId).Labels, Is.Empty);
        Assert.That(_kind.Published.Alerts.Last().AlertType, Is.EqualTo("label_removed"));
        Assert.Throws<GraceDbNotFoundException>(() => Db.RemoveLabel(e.GraceId, "DQV"));
        Assert.Throws<GraceDbValidationException>(() => Db.AddLabel(e.GraceId, "dqv"));
        Assert.Throws<GraceDbNotFoundException>(() => Db.AddLabel(GraceId.Parse("G000050"), "DQV"));
    }

    [Test]
    public void CreateSignoff_AnswersTheRequest_AsTheServerDoes()
    {
        GraceEvent e = NewGstlal(search: null, labels: ["H1OPS", "ADVREQ"]);
        _kind.Published.Alerts.Clear();

        SignoffRecord signoff = Db.CreateSignoff(e.GraceId, SignoffType.OP, "H1", SignoffStatus.OK, "data look fine", "h1-operator");

        Assert.Multiple(() =>
        {
            Assert.That(signoff, Is.EqualTo(new SignoffRecord(SignoffType.OP, "H1", SignoffStatus.OK, "data look fine", "h1-operator", StoreKind.Start)));
            Assert.That(Db.Event(e.GraceId).Labels, Is.EqualTo(new[] { "ADVREQ", "H1OK" }));
            Assert.That(Db.Logs(e.GraceId).Last().Comment, Is.EqualTo("Operator signoff certified status as OK for H1: 'data look fine'; label H1OPS removed and label H1OK applied"));
            Assert.That(Db.Logs(e.GraceId).Last().TagNames, Is.EqualTo(new[] { "em_follow" }));
            Assert.That(_kind.Published.Alerts.Select(a => a.AlertType), Is.EqualTo(new[] { "label", "signoff" }), "no alert for the silent removal of H1OPS");
            Assert.That(Db.Signoffs(e.GraceId), Is.EqualTo(new[] { signoff }));
        });
    }

    [Test]
    public void CreateSignoff_Advocate_No()
    {
        GraceEvent e = NewGstlal(search: null, labels: ["ADVREQ"]);

        Db.CreateSignoff(e.GraceId, SignoffType.ADV, null, SignoffStatus.NO, "retract");

        Assert.That(Db.Event(e.GraceId).Labels, Is.EqualTo(new[] { "ADVNO" }));
        Assert.That(Db.Logs(e.GraceId).Last().Comment, Is.EqualTo("Advocate signoff certified status as NO: 'retract'; label ADVREQ removed and label ADVNO applied"));
    }

    [Test]
    public void CreateSignoff_Unrequested_Duplicate_OrMalformed_IsRefused()
    {
        GraceEvent e = NewGstlal(search: null, labels: ["L1OPS"]);

        var unrequested = Assert.Throws<GraceDbConflictException>(() => Db.CreateSignoff(e.GraceId, SignoffType.OP, "H1", SignoffStatus.OK, "x"));
        Db.CreateSignoff(e.GraceId, SignoffType.OP, "L1", SignoffStatus.OK, "x");
        Assert.Throws<GraceDbConflictException>(() => Db.CreateSignoff(e.GraceId, SignoffType.OP, "L1", SignoffStatus.NO, "changed my mind"));
        Assert.Throws<GraceDbValidationException>(() => Db.CreateSignoff(e.GraceId, SignoffType.OP, null, SignoffStatus.OK, "x"));
        Assert.Throws<GraceDbValidationException>(() => Db.CreateSignoff(e.GraceId, SignoffType.ADV, "H1", SignoffStatus.OK, "x"));

        Assert.That(unrequested!.StatusCode, Is.EqualTo(409));
        Assert.That(Db.Signoffs(e.GraceId), Has.Count.EqualTo(1));
    }

    [Test]
    public void CreateVoEvent_NumbersFilesAndNeedsASkymapForInitial()
    {
        GraceEvent e = NewGstlal();
        Db.WriteLog(e.GraceId, "INFO:BAYESTAR:uploaded sky map", "bayestar.fits.gz", [1, 2, 3], ["sky_loc", "lvem"]);

        VoEventRecord preliminary = Db.CreateVoEvent(e.GraceId, new VoEventRequest(VoEventType.Preliminary));
        VoEventRecord initial = Db.CreateVoEvent(e.GraceId, new VoEventRequest(VoEventType.Initial, "bayestar", "bayestar.fits.gz", OpenAlert: true));

        Assert.Multiple(() =>
        {
            Assert.That((preliminary.N, preliminary.FileName, preliminary.Ivorn), Is.EqualTo((1, "G000001-1-Preliminary.xml", "ivo://gwnet/LVC#G000001-1-Preliminary")));
            Assert.That((initial.N, initial.FileName, initial.SkymapFileName, initial.OpenAlert), Is.EqualTo((2, "G000001-2-Initial.xml", "bayestar.fits.gz", true)));
            Assert.That(Db.VoEvents(e.GraceId), Is.EqualTo(new[] { preliminary, initial }));
            Assert.That(Db.Logs(e.GraceId).Last().Comment, Is.EqualTo("New VOEvent"));
            Assert.That(System.Text.Encoding.UTF8.GetString(Db.FileContents(e.GraceId, "G000001-2-Initial.xml")), Does.Contain("<Param name=\"AlertType\" value=\"Initial\"/>"));
        });
        Assert.Throws<GraceDbValidationException>(() => Db.CreateVoEvent(e.GraceId, new VoEventRequest(VoEventType.Initial)));
        Assert.Throws<GraceDbValidationException>(() => Db.CreateVoEvent(e.GraceId, new VoEventRequest(VoEventType.Update, "bayestar", "missing.fits.gz")));
    }
}
