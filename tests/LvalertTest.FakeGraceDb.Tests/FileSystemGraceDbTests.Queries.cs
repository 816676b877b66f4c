using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;

namespace LvalertTest.FakeGraceDb.Tests;

public partial class FileSystemGraceDbTests
{
    private void CreateQueryFixture()
    {
        NewGstlal("CBC", "AllSky", gps: 1000000000.5, far: 1e-6, labels: ["INJ"]);      // G000001 at t0
        _kind.Clock.Advance(TimeSpan.FromHours(1));
        NewGstlal("CBC", "AllSky", gps: 1000000100.0, far: 1e-9);                        // G000002 at t0+1h
        _kind.Clock.Advance(TimeSpan.FromHours(1));
        Db.CreateEvent("Burst", "CWB", "AllSky", "t.txt", SampleUploads.CwbTrigger(1000000050.0, 1e-8)); // G000003 at t0+2h
        _kind.Clock.Advance(TimeSpan.FromHours(1));
        NewGstlal("Test", "LowMass", gps: 1000000200.0, far: 1e-3, labels: ["EM_READY", "INJ"]); // T000004 at t0+3h
    }

    [TestCase("", "G000001 G000002 G000003 T000004")]
    [TestCase("1000000000 .. 1000000100", "G000001 G000002 G000003")]
    [TestCase("1000000000..1000000060", "G000001 G000003")]
    [TestCase("gpstime: 1000000100 .. 1000000300", "G000002 T000004")]
    [TestCase("created: 2017-08-17 13:00:00 .. 2017-08-17 14:41:04", "G000002 G000003")]
    [TestCase("created: 2017-08-17 .. 2017-08-18", "G000001 G000002 G000003 T000004")]
    [TestCase("INJ", "G000001 T000004")]
    [TestCase("INJ EM_READY", "T000004")]
    [TestCase("label: EM_READY", "T000004")]
    [TestCase("far < 1e-7", "G000002 G000003")]
    [TestCase("far >= 1e-6", "G000001 T000004")]
    [TestCase("gstlal", "G000001 G000002 T000004")]
    [TestCase("CBC gstlal AllSky", "G000001 G000002")]
    [TestCase("burst", "G000003")]
    [TestCase("G000002", "G000002")]
    [TestCase("G000002 G000003", "G000002 G000003")]
    [TestCase("CWB 1000000000 .. 1000000010", "")]
    public void Events_RealQueryForms(string query, string expected)
    {
        CreateQueryFixture();

        string found = string.Join(' ', Db.Events(query).Select(e => e.GraceId.ToString()));

        Assert.That(found, Is.EqualTo(expected));
    }

    [TestCase("flux capacitor", "cannot read 'flux'")]
    [TestCase("1000000000 ..", "the query ends too early")]
    [TestCase("1000000000 1000000100", "expected '..' in a range, got 1000000100")]
    [TestCase("far = 3", "expected <, <=, > or >= after 'far', got '='")]
    [TestCase("created: yesterday .. today", "'yesterday' is not a date")]
    [TestCase("label: inj", "'inj' is not a label")]
    public void Events_UnknownSyntax_IsAnErrorNamingTheToken(string query, string reason)
    {
        CreateQueryFixture();

        var error = Assert.Throws<GraceDbValidationException>(() => Db.Events(query));

        Assert.That(error!.Message, Does.StartWith($"invalid query '{query}': {reason}"));
    }

    [Test]
    public void Events_SeeCurrentLabels()
    {
        CreateQueryFixture();
        Db.RemoveLabel(Core.Events.GraceId.Parse("G000001"), "INJ");

        Assert.That(Db.Events("INJ").Select(e => e.GraceId.ToString()), Is.EqualTo(new[] { "T000004" }));
        Assert.That(Db.Events("G000001").Single().Labels, Is.Empty);
    }
}
