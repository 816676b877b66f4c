using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Core.Config;
using LvalertTest.FakeGraceDb;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.ApprovalProcessor;
using LvalertTest.Supervisor.Config;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Listening;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.TraceT.Process;

namespace LvalertTest.Supervisor.Tests.Listening;

/// <summary>The process types a listener's childConfig can name: the approval processor's real config, TraceT's proposals.</summary>
public class ListenerProcessTypesTests
{
    private FileSystemGraceDb _db = null!;
    private SimulationKernel _kernel = null!;

    [SetUp]
    public void SetUp()
    {
        _kernel = new SimulationKernel(new DateTimeOffset(2017, 8, 17, 12, 0, 0, TimeSpan.Zero));
        _db = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = _kernel.Clock });
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public void The_real_approval_processor_childConfig_makes_an_approval_processor()
    {
        ChildConfigFile child = ChildConfigFile.Read(new FileSystem(), RepositoryPaths.Fixture("approval-processor-configs", "childConfig-approval_processorMP.ini"));
        IProcessType made = ListenerProcessTypes.Create(new ProcessTypeSetup(new RecordingLog(), child, new RecordedOutbox(), _db)).Create(child.ProcessType);
        Assert.That((made, made.Name, ListenerProcessTypes.NeedsGraceDb(child.ProcessType)), Is.EqualTo((made as ApprovalProcessorProcessType, "approval_processorMP", true)));
    }

    [Test]
    public void TraceT_reads_its_proposals_beside_its_childConfig_and_names_a_missing_one()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/etc/tracet.ini", new MockFileData("[general]\nprocess_type = tracet\n[tracet]\nproposals = proposals\n"));
        fs.AddFile("/etc/proposals/mwa.yaml", new MockFileData(File.ReadAllText(RepositoryPaths.Fixture("tracet", "proposal_settings", "mwa_early_lvc_mwa_proposal_settings.yaml"))));
        ChildConfigFile child = ChildConfigFile.Read(fs, "/etc/tracet.ini");
        IProcessType made = ListenerProcessTypes.Create(new ProcessTypeSetup(new RecordingLog(), child, new RecordedOutbox(), _db, Time: _kernel.Clock, FileSystem: fs)).Create("tracet");
        Assert.That(((TraceTProcessType)made).Service.Proposals.Select(p => p.ProposalId), Is.EqualTo(new[] { "EARLY_LVC_MWA" }));

        fs.RemoveFile("/etc/proposals/mwa.yaml");
        fs.Directory.Delete("/etc/proposals");
        var error = Assert.Throws<IniFormatException>(() => ListenerProcessTypes.Create(new ProcessTypeSetup(new RecordingLog(), child, new RecordedOutbox(), _db, Time: _kernel.Clock, FileSystem: fs)).Create("tracet"));
        Assert.That(error!.Message, Is.EqualTo("/etc/tracet.ini: [tracet] proposals: /etc/proposals: no such proposal settings file or directory"));
    }
}
