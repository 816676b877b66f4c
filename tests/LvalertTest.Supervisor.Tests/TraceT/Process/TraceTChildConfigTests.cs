using LvalertTest.Core.Config;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.Config;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.TraceT.Process;

namespace LvalertTest.Supervisor.Tests.TraceT.Process;

/// <summary>TraceT made from a childConfig, as a listener makes it: proposals relative to the file, recipients, down telescopes.</summary>
public class TraceTChildConfigTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeDirectory() => _dir = Directory.CreateTempSubdirectory("lvalerttest-tracet-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void TheScenarioChildConfig_LoadsItsProposalsBesideIt()
    {
        string path = Path.Combine(RepositoryPaths.Scenarios, "supervisor", "tracet-mwa-childConfig.ini");

        TraceTProcessType tracet = Create(path);

        Assert.That(tracet.Service.Proposals.Select(p => p.ProposalId), Is.EqualTo(new[] { "EARLY_LVC_MWA" }));
    }

    [TestCase("[general]\nprocess_type = tracet\n", "no section [tracet]")]
    [TestCase("[general]\nprocess_type = tracet\n[tracet]\nproposals = nonesuch.yaml\n", "[tracet] proposals: ")]
    public void ABrokenChildConfig_NamesFileSectionAndOption(string text, string problem)
    {
        string path = Path.Combine(_dir, "tracet.ini");
        File.WriteAllText(path, text);

        var e = Assert.Throws<IniFormatException>(() => Create(path))!;

        Assert.That(e.Message, Does.StartWith($"{path}: {problem}").And.Not.Contain("\n"));
    }

    private static TraceTProcessType Create(string path) =>
        TraceTChildConfig.Create(ChildConfigFile.Read(new System.IO.Abstractions.FileSystem(), path), new RecordingLog(), new RecordedOutbox(), null, new SimulationKernel(DateTimeOffset.UnixEpoch).Clock, null);
}
