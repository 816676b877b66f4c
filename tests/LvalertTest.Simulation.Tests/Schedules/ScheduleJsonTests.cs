using System.Collections.Immutable;
using System.Text.Json;
using LvalertTest.Core.Events;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Tests.Schedules;

public class ScheduleJsonTests
{
    [Test]
    public void ToJson_FromJson_RoundTripsEveryKindOfAction()
    {
        var gstlal = new EventHandle("QWERTY");
        var fermi = new EventHandle("ZXCVBN");
        Schedule schedule = Schedule.Of(
            SimAction.At(0, new CreateEvent(gstlal, "CBC", "gstlal", "AllSky", "coinc.xml", "<LIGO_LW/>", ["INJ"])),
            SimAction.At(0.1234567, new WriteLog(gstlal, "strain PSDs", "psd.xml.gz", "<psd/>", ["psd"])),
            SimAction.At(2, new AddLabel(gstlal, "EM_READY")),
            SimAction.At(3, new RemoveLabel(gstlal, "DQV")),
            SimAction.At(4, new SignOff(gstlal, SignoffType.OP, "H1", SignoffStatus.OK, "looks good")),
            SimAction.At(5, new UploadVoEvent(gstlal, VoEventType.Preliminary, "bayestar.fits.gz")),
            SimAction.At(6, new CreateEvent(fermi, "External", "Fermi", "GRB", "fermi.xml", "<voe/>")),
            SimAction.At(7, new SendCommand("clearGraceID", ImmutableSortedDictionary<string, string>.Empty.Add("graceid", "G000001"), "cbc_gstlal")),
            SimAction.At(8, new RawAlert("cbc_gstlal", "{not json")));

        Schedule back = Schedule.FromJson(schedule.ToJson());

        Assert.That(back.ToString(), Is.EqualTo(schedule.ToString()));
        Assert.That(back.Select(a => a.Dt), Is.EqualTo(schedule.Select(a => a.Dt)));
        Assert.That(((WriteLog)back[1].Body).FileContent, Is.EqualTo("<psd/>"));
        Assert.That(((WriteLog)back[1].Body).Tags, Is.EqualTo(new[] { "psd" }));
        Assert.That(back[0].Body.Event, Is.SameAs(back[5].Body.Event), "one handle per event key");
        Assert.That(back[0].Body.Event, Is.Not.SameAs(back[6].Body.Event));
        Assert.That(back.ToJson(), Is.EqualTo(schedule.ToJson()));
    }

    [Test]
    public void ToJson_WritesReadableKindsAndSeconds()
    {
        Schedule schedule = Schedule.Of(SimAction.At(1.5, new AddLabel(new EventHandle("K"), "EM_READY")));

        Assert.That(schedule.ToJson(), Is.EqualTo("""{"actions":[{"dt":1.5,"body":{"kind":"add_label","event":"K","label":"EM_READY"}}]}"""));
    }

    [Test]
    public void FromJson_UnknownKind_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => Schedule.FromJson("""{"actions":[{"dt":1,"body":{"kind":"explode"}}]}"""));
    }

    [Test]
    public void FromJson_NegativeDt_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Schedule.FromJson("""{"actions":[{"dt":-1,"body":{"kind":"add_label","event":"K","label":"X"}}]}"""));
    }
}
