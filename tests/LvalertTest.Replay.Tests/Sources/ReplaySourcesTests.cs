using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LvalertTest.Replay.Sources;
using LvalertTest.Replay.Tests.Support;

namespace LvalertTest.Replay.Tests.Sources;

public class ReplaySourcesTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeDirectory() => _dir = Directory.CreateTempSubdirectory("lvalerttest-sources-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Export_AcceptsTheServerIsoAndNumericTimeFormats()
    {
        string path = Export(Log(1, "2017-08-17T12:41:20+00:00"), Log(2, 1502973690.5), Log(3, "2017-08-17 12:41:40 UTC"));

        ReplaySource source = ReplaySources.Load(path, "G298048");

        Assert.That(source.Logs.Select(l => (l.Created - source.Event.Created).TotalSeconds), Is.EqualTo(new[] { 10.0, 20.5, 30.0 }));
        Assert.That(source.Labels.Select(l => l.Name), Is.EqualTo(new[] { "H1OPS" }), "labels default to the event's, dated at its creation");
    }

    [TestCase("yesterday", "log.log[1].created: 'yesterday' is not a GraceDb time")]
    [TestCase("2017-13-45 99:00:00 UTC", "log.log[1].created: '2017-13-45 99:00:00 UTC' is not a GraceDb time")]
    public void Export_WithAnUnreadableTime_IsOneLineNamingFileAndField(string created, string expected)
    {
        string path = Export(Log(1, "2017-08-17T12:41:20+00:00"), Log(2, created));

        var e = Assert.Throws<ReplayInputException>(() => ReplaySources.Load(path, "G298048"))!;

        Assert.That(e.Message, Is.EqualTo($"{path}: {expected}"));
    }

    [Test]
    public void Export_OfAnotherEvent_IsAnError()
    {
        string path = Export(Log(1, "2017-08-17T12:41:20+00:00"));

        var e = Assert.Throws<ReplayInputException>(() => ReplaySources.Load(path, "G000001"))!;

        Assert.That(e.Message, Is.EqualTo($"{path}: event.graceid: the export holds G298048, not G000001"));
    }

    [TestCase("{ not json", "not JSON")]
    [TestCase("[1, 2]", "expected a JSON object with \"event\" and \"log\"")]
    [TestCase("{\"log\": []}", "event: is required (the event object)")]
    public void BrokenExports_AreOneLineErrors(string text, string expected)
    {
        string path = Path.Combine(_dir, "broken.json");
        File.WriteAllText(path, text);

        var e = Assert.Throws<ReplayInputException>(() => ReplaySources.Load(path, "G298048"))!;

        Assert.That(e.Message, Does.StartWith(path + ": ").And.Contain(expected));
        Assert.That(e.Message, Does.Not.Contain("\n"));
    }

    [TestCase("298048")]
    [TestCase("X298048")]
    [TestCase("G29x048")]
    public void ABadGraceId_IsAnError(string graceId)
    {
        var e = Assert.Throws<ReplayInputException>(() => ReplaySources.Load(_dir, graceId))!;

        Assert.That(e.Message, Does.StartWith($"graceid: '{graceId}' is not a GraceID"));
    }

    [Test]
    public void ADirectoryThatIsNotAStore_OrLacksTheEvent_IsAnError()
    {
        Assert.That(Assert.Throws<ReplayInputException>(() => ReplaySources.Load(_dir, "G298048"))!.Message, Is.EqualTo($"{_dir}: not a fake GraceDb store (it has no store.json)"));
        string store = CheckedInStores.Directory(FollowUps.Gw170817Gstlal());
        Assert.That(Assert.Throws<ReplayInputException>(() => ReplaySources.Load(store, "G000007"))!.Message, Is.EqualTo($"{store}: the store holds no event G000007"));
    }

    [Test]
    public void AStore_IsReadWithItsFiles_AndLeftExactlyAsItWas()
    {
        string store = CheckedInStores.Directory(FollowUps.Gw170817Gstlal());
        string before = Fingerprint(store);

        ReplaySource source = ReplaySources.Load(store, "G298048");

        Assert.That(Fingerprint(store), Is.EqualTo(before));
        Assert.That(File.Exists(Path.Combine(store, "store.lock")), Is.False);
        Assert.That(source.Files.Keys, Does.Contain("bayestar.fits.gz,0").And.Contain("psd.xml.gz,0"));
        Assert.That(source.Logs.Select(l => l.N), Is.EqualTo(Enumerable.Range(1, source.Logs.Count)));
    }

    private static string Fingerprint(string directory) => string.Join("\n", CheckedInStores.Files(directory)
        .Select(f => f.Key + " " + Convert.ToHexString(SHA256.HashData(f.Value)))) + "\n" + string.Join("\n", Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    private static JsonObject Log(int n, JsonNode created) => new()
    {
        ["N"] = n,
        ["comment"] = $"message {n}",
        ["created"] = created,
        ["issuer"] = new JsonObject { ["username"] = "albert.einstein@LIGO.ORG", ["display_name"] = "Albert Einstein" },
        ["filename"] = "",
        ["file_version"] = null,
        ["tag_names"] = new JsonArray(),
    };

    private string Export(params JsonObject[] logs)
    {
        var export = new JsonObject
        {
            ["event"] = new JsonObject
            {
                ["graceid"] = "G298048",
                ["group"] = "CBC",
                ["pipeline"] = "gstlal",
                ["search"] = "LowMass",
                ["created"] = "2017-08-17 12:41:10 UTC",
                ["gpstime"] = 1187008882.4457,
                ["far"] = 3.17e-12,
                ["instruments"] = "H1,L1",
                ["labels"] = new JsonArray("H1OPS"),
            },
            ["log"] = new JsonObject { ["numRows"] = logs.Length, ["log"] = new JsonArray(logs) },
        };
        string path = Path.Combine(_dir, "export.json");
        File.WriteAllText(path, export.ToJsonString());
        return path;
    }
}
