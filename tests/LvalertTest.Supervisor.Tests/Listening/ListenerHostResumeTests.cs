using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Supervisor.Checkpoints;
using LvalertTest.Supervisor.Listening;
using static LvalertTest.Supervisor.Tests.Listening.ListenerHostFixture;

namespace LvalertTest.Supervisor.Tests.Listening;

/// <summary>
/// The resume rule: a listener restarted over the same journal, with checkpoints, passes over the alerts each process
/// had already received, and every alert is handled exactly once across the two runs.
/// </summary>
public class ListenerHostResumeTests
{
    private const string Checkpoints = "/var/checkpoints";
    private ListenerHostFixture _fixture = null!;

    [SetUp]
    public void CreateFixture() => _fixture = new ListenerHostFixture();

    [Test]
    public void ARestartedListener_SkipsWhatEachProcessHad_AndHandlesTheRestOnce()
    {
        // Six events alternating between the two sections' nodes.
        string[] journal = Enumerable.Range(1, 6).Select(i => JournalLine(i % 2 == 1 ? "a1" : "b1", NewEvent($"T{i:000000}"))).ToArray();

        using (ListenerHost first = _fixture.Open(_fixture.Options(Checkpoints)))
        {
            Deliver(first, journal.Take(3));
            _fixture.Kernel.RunFor(TimeSpan.FromSeconds(7));
            // Killed here: T000001-T000003 have printed once and wait for their second print.
        }

        _fixture.Kernel.RunFor(TimeSpan.FromSeconds(1));
        using ListenerHost second = _fixture.Open(_fixture.Options(Checkpoints));
        Deliver(second, journal);
        _fixture.Kernel.RunFor(TimeSpan.FromSeconds(20));

        string[] all = [.. _fixture.Messages("alpha"), .. _fixture.Messages("beta")];
        Assert.Multiple(() =>
        {
            for (int i = 1; i <= 6; i++)
            {
                string graceId = $"T{i:000000}";
                Assert.That(all.Count(m => m.StartsWith(graceId + " : ", StringComparison.Ordinal)), Is.EqualTo(2), $"{graceId} prints twice in all, once per task");
            }

            ListenerSummary summary = second.Summary();
            Assert.That(summary.Skipped, Is.EqualTo(3));
            Assert.That(summary.Processes.Select(p => p.Received), Is.EqualTo(new[] { 1L, 2L }), "alpha gets T000005, beta T000004 and T000006");
            Assert.That(second.EngineFor("alpha").AlertsReceived, Is.EqualTo(3));
            Assert.That(second.EngineFor("beta").AlertsReceived, Is.EqualTo(3));
            Assert.That(_fixture.ListenerMessages, Does.Contain("[alpha] resumes from its checkpoint: it received 2 alerts before, so the first 2 alerts for its nodes in the input are skipped"));
            Assert.That(_fixture.ListenerMessages, Does.Contain("[alpha] has caught up: alerts for it after journal:3 are new"));
            Assert.That(_fixture.ListenerMessages, Does.Contain("[beta] has caught up: alerts for it after journal:2 are new"));
            Assert.That(_fixture.Fs.Directory.GetFiles(Checkpoints).Order(StringComparer.Ordinal),
                Is.EqualTo(new[] { $"{Checkpoints}/alpha.checkpoint.json", $"{Checkpoints}/beta.checkpoint.json" }));
        });
    }

    [Test]
    public void WithoutCheckpoints_NothingIsSkipped()
    {
        using (ListenerHost first = _fixture.Open(_fixture.Options()))
        {
            Deliver(first, [JournalLine("a1", NewEvent("T000001"))]);
        }

        using ListenerHost second = _fixture.Open(_fixture.Options());
        Deliver(second, [JournalLine("a1", NewEvent("T000001"))]);

        Assert.That(second.Summary().Skipped, Is.Zero);
        Assert.That(second.Summary().Processes[0].Received, Is.EqualTo(1));
    }

    [Test]
    public void ACorruptCheckpoint_StopsTheStart_AndIsLeftAsItWas()
    {
        const string Corrupt = "{\"format\": \"lvalerttest-supervisor-checkpoint\", ";
        _fixture.Fs.AddFile($"{Checkpoints}/beta.checkpoint.json", new MockFileData(Corrupt));

        var e = Assert.Throws<CheckpointException>(() => _fixture.Open(_fixture.Options(Checkpoints)));

        Assert.That(e!.Message, Does.StartWith($"{Checkpoints}/beta.checkpoint.json: "));
        Assert.That(e.Message, Does.Not.Contain("\n"));
        Assert.That(_fixture.Fs.File.ReadAllText($"{Checkpoints}/beta.checkpoint.json"), Is.EqualTo(Corrupt));
    }

    private static void Deliver(ListenerHost host, IEnumerable<string> lines)
    {
        long number = 0;
        foreach (string line in lines)
        {
            host.Deliver("journal", new InputLine(++number, line));
        }
    }
}
