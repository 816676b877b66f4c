using System.Text.Json.Nodes;
using LvalertTest.Core.Alerts;
using LvalertTest.Replay.Planning;
using LvalertTest.Replay.Running;
using LvalertTest.Replay.Sources;
using LvalertTest.Replay.Tests.Support;

namespace LvalertTest.Replay.Tests.Running;

/// <summary>The alerts a replay publishes and the copy it writes into.</summary>
public class ReplayWorldTests
{
    private ReplaySource _source = null!;

    [SetUp]
    public void LoadTheGstlalStore() => _source = ReplaySources.Load(CheckedInStores.Directory(FollowUps.Gw170817Gstlal()), "G298048");

    [Test]
    public void Legacy_NewFirst_ThenUpdatesAndLabels_AtTheOriginalTimes_OnBothNodes()
    {
        using var world = Run(AlertDialect.Legacy, cutoff: 4);
        var alerts = world.Alerts.Published;

        Assert.That(alerts.Select(a => a.Alert.Node).Distinct(), Is.EqualTo(new[] { "cbc_gstlal", "cbc_gstlal_lowmass" }));
        JsonObject first = (JsonObject)JsonNode.Parse(alerts[0].Alert.Json)!;
        Assert.That((string?)first["alert_type"], Is.EqualTo("new"));
        Assert.That(first["object"]!["labels"]!.AsArray(), Is.Empty, "the event as created, not with its later labels");
        Assert.That(alerts.Where(a => a.Alert.Node == "cbc_gstlal").Select(a => a.Alert.AlertType), Is.EqualTo(new[] { "new", "update", "update", "update", "update" }));
        Assert.That(alerts.Select(a => a.Time).Distinct(), Is.EqualTo(new[] { _source.Event.Created }).AsCollection, "the server's three creation entries and the PSD were written at the creation");
        Assert.That(world.Copy.Logs(world.GraceId).Select(l => (l.N, l.Comment, l.Created, l.FileReference)),
            Is.EqualTo(_source.Logs.Take(4).Select(l => (l.N, l.Comment, l.Created, l.FileReference))));
        Assert.That(world.Copy.FileContents(world.GraceId, "psd.xml.gz,0"), Is.EqualTo(_source.Files["psd.xml.gz,0"]));
    }

    [Test]
    public void Igwn_UsesLogAndLabelAddedAlerts()
    {
        using var world = Run(AlertDialect.Igwn, cutoff: null);

        Assert.That(world.Alerts.Published.Select(a => a.Alert.AlertType).Distinct().Order(StringComparer.Ordinal), Is.EqualTo(new[] { "label_added", "log", "new" }));
        Assert.That(world.Copy.Labels(world.GraceId).Select(l => l.Name), Is.EquivalentTo(_source.Labels.Select(l => l.Name)));
    }

    private ReplayWorld Run(AlertDialect dialect, int? cutoff)
    {
        var world = new ReplayWorld(ReplayPlan.Build(_source, cutoff), _source, dialect);
        world.Start();
        world.Kernel.RunUntilIdle();
        return world;
    }
}
