using LvalertTest.Core.Config;
using LvalertTest.Supervisor.EventSupervisor;

namespace LvalertTest.Supervisor.Tests.EventSupervisor;

/// <summary>Every eventSupervisor childConfig in the fixtures loads unchanged and drives the engine through a new event.</summary>
public class RealConfigsTests
{
    private static readonly string[] Configs =
    [
        "ER10-eventSupervisor_CBC.ini", "ER10-eventSupervisor_External.ini", "ER10-eventSupervisor_cWB.ini",
        "ER10-eventSupervisor_cWBLong.ini", "ER10-eventSupervisor_oLIB.ini", "eventSupervisor-configMP.ini",
        "eventSupervisor_Tests-configMP.ini",
    ];

    [TestCaseSource(nameof(Configs))]
    public void Config_DrivesANewEvent_WithoutAnyItemFailing(string name)
    {
        string path = RepositoryPaths.Fixture("eventsupervisor-configs", name);
        using var es = new EsHarness(path);
        (string pipeline, string group, string file) = name switch
        {
            _ when name.Contains("cWB", StringComparison.Ordinal) => ("CWB", "Burst", "trigger_1187008882.4457.txt"),
            _ when name.Contains("oLIB", StringComparison.Ordinal) => ("LIB", "Burst", "1187008882.45-0.json"),
            _ => ("gstlal", "CBC", "coinc.xml"),
        };

        es.CreateEvent(pipeline, group, fileName: file);
        es.RunFor(TimeSpan.FromDays(8).TotalSeconds);

        Assert.That(es.Outbox.Sent.Where(e => e.Subject.StartsWith("WARNING", StringComparison.Ordinal)).Select(e => e.Body), Is.Empty, "no item failed to be created");
        Assert.That(es.Outcomes.Where(o => o.ActionRequired is null).Select(o => $"{o.Item}.{o.Task}: {o.Warning}"), Is.Empty, "no check threw");
        Assert.That(es.Outcomes, Is.Not.Empty);
        Assert.That(es.Engine.Queue.Count, Is.Zero, "every check finished within a week");
    }

    [Test]
    public void ABrokenOption_IsAnErrorNamingFileSectionAndOption()
    {
        string path = RepositoryPaths.Fixture("eventsupervisor-configs", "eventSupervisor_Tests-configMP.ini");
        string text = File.ReadAllText(path).Replace("max far = 1.0", "max far = lots", StringComparison.Ordinal);
        var config = new EsConfig(IniDocument.Parse(text, path));

        var e = Assert.Throws<IniFormatException>(() => config.Section("far")!.Number("max far"))!;

        Assert.That(e.Message, Does.Contain("eventSupervisor_Tests-configMP.ini").And.Contain("far").And.Contain("max far"));
    }
}
