using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Core.Tests.GraceDb;

/// <summary>Sign-offs and VOEvents read back from the REST shapes they are written in (the REST client relies on it).</summary>
public class GraceDbJsonReadTests
{
    private static readonly DateTimeOffset Created = new(2017, 8, 17, 12, 41, 4, 500, TimeSpan.Zero);

    [Test]
    public void Signoff_RoundTrips()
    {
        var signoff = new SignoffRecord(SignoffType.OP, "H1", SignoffStatus.NO, "glitch at t0", "h1-operator", Created);

        Assert.That(GraceDbJson.ReadSignoff(GraceDbJson.Signoff(signoff)), Is.EqualTo(signoff));
    }

    [Test]
    public void VoEvent_RoundTrips_IncludingItsOptionalFields()
    {
        var voevent = new VoEventRecord(2, VoEventType.Initial, "ivo://gwnet/LVC#G298048-2-Initial", "G298048-2-Initial.xml", 0, Created, "gracedb.processor", "bayestar", "bayestar.fits.gz", false, true, false);

        JsonObject json = GraceDbJson.VoEvent(GraceId.Parse("G298048"), voevent, "https://gracedb.invalid/api/");

        Assert.That(GraceDbJson.ReadVoEvent(json), Is.EqualTo(voevent));
    }

    [TestCase("""{"signoff_type": "OPS", "status": "OK", "created": "2017-08-17 12:41:04 UTC"}""", "signoff_type: 'OPS' is not one of OP, ADV")]
    [TestCase("""{"signoff_type": "0", "status": "OK", "created": "2017-08-17 12:41:04 UTC"}""", "signoff_type: '0' is not one of OP, ADV")]
    [TestCase("""{"signoff_type": "ADV", "status": "MAYBE", "created": "2017-08-17 12:41:04 UTC"}""", "status: 'MAYBE' is not one of OK, NO")]
    [TestCase("""{"signoff_type": "ADV", "status": "OK"}""", "created: is required")]
    public void Signoff_BadFieldsAreNamed(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => GraceDbJson.ReadSignoff(JsonNode.Parse(json)!.AsObject()));

        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [TestCase("""{"N": 1, "voevent_type": "EW", "ivorn": "i", "filename": "f", "file_version": 0, "created": "2017-08-17 12:41:04 UTC"}""", "voevent_type: 'EW' is not a VOEvent type (PR, IN, UP, RE)")]
    [TestCase("""{"N": 1, "voevent_type": "PR", "ivorn": "i", "filename": "f", "created": "2017-08-17 12:41:04 UTC"}""", "file_version: is required")]
    [TestCase("""{"N": 1, "voevent_type": "PR", "ivorn": "i", "filename": "f", "file_version": 0, "created": "2017-08-17 12:41:04 UTC", "internal": "yes"}""", "internal: expected true or false, got \"yes\"")]
    public void VoEvent_BadFieldsAreNamed(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => GraceDbJson.ReadVoEvent(JsonNode.Parse(json)!.AsObject()));

        Assert.That(error!.Message, Is.EqualTo(message));
    }
}
