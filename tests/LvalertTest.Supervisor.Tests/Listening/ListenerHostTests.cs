using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Core.Config;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Listening;
using static LvalertTest.Supervisor.Tests.Listening.ListenerHostFixture;

namespace LvalertTest.Supervisor.Tests.Listening;

public class ListenerHostTests
{
    private ListenerHostFixture _fixture = null!;

    [SetUp]
    public void CreateFixture() => _fixture = new ListenerHostFixture();

    [Test]
    public void Alerts_GoToTheProcessServingTheirNode()
    {
        using ListenerHost host = _fixture.Open(_fixture.Options());
        string[] lines =
        [
            JournalLine("a1", NewEvent("T000001")),
            JournalLine("b1", NewEvent("T000002")),
            JournalLine("a2", """{"uid":"command","alert_type":"printMessage","object":{"message":"hello alpha"}}"""),
            JournalLine("zz", NewEvent("T000003")),
            JournalLine("zz", NewEvent("T000004")),
            NewEvent("T000005"),
            "",
        ];
        for (int i = 0; i < lines.Length; i++)
        {
            host.Deliver("journal", new InputLine(i + 1, lines[i]));
        }

        _fixture.Kernel.RunFor(TimeSpan.FromSeconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(host.Sections, Is.EqualTo(new[] { "alpha", "beta" }));
            Assert.That(_fixture.Messages("alpha"), Is.EqualTo(new[]
            {
                "received command printMessage",
                "printMessage: hello alpha",
                "T000001 : " + NewEvent("T000001"),
                "T000001 : " + NewEvent("T000001"),
            }));
            Assert.That(_fixture.Messages("beta"), Is.EqualTo(new[] { "T000002 : " + NewEvent("T000002"), "T000002 : " + NewEvent("T000002") }));
            Assert.That(_fixture.ListenerMessages, Is.EqualTo(new[]
            {
                "journal:4: no process serves node 'zz': its alerts are ignored",
                "journal:6: not a journal line (no \"node\" and \"alert\") and no default node (--node) to send it to; skipped",
            }));
            ListenerSummary summary = host.Summary();
            Assert.That((summary.AlertsRead, summary.Ignored, summary.BadLines, summary.Skipped), Is.EqualTo((5, 2, 1, 0)));
            Assert.That(summary.Processes, Is.EqualTo(new[] { new ListenerProcessSummary("alpha", "test", 2, 0), new ListenerProcessSummary("beta", "test", 1, 0) }));
            Assert.That(host.IsIdle, Is.True);
        });
    }

    [Test]
    public void RawLines_GoToTheDefaultNode()
    {
        using ListenerHost host = _fixture.Open(_fixture.Options(defaultNode: "b1"));

        host.Deliver("stdin", new InputLine(1, """{"uid":"command","alert_type":"printMessage","object":{"message":"hi"}}"""));
        host.Deliver("stdin", new InputLine(2, JournalLine("a1", """{"uid":"command","alert_type":"printMessage","object":{"message":"to alpha"}}""")));

        Assert.That(_fixture.Messages("beta"), Has.Member("printMessage: hi"));
        Assert.That(_fixture.Messages("alpha"), Has.Member("printMessage: to alpha"));
    }

    [Test]
    public void EmailsAreCounted_AndAQueueLeftOverShowsInTheSummary()
    {
        using ListenerHost host = _fixture.Open(_fixture.Options());

        host.Deliver("j", new InputLine(1, JournalLine("a1", """{"uid":"command","alert_type":"sendEmail","object":{"recipients":"a@example.org","subject":"s","body":"b"}}""")));
        host.Deliver("j", new InputLine(2, JournalLine("b1", NewEvent("T000001"))));

        ListenerSummary summary = host.Summary();
        Assert.That((summary.Emails, summary.EmailFailures), Is.EqualTo((1, 0)));
        Assert.That(_fixture.Outbox.Sent.Single().Subject, Is.EqualTo("s"));
        Assert.That(summary.Processes[1].QueueLength, Is.EqualTo(1));
        Assert.That(host.IsIdle, Is.False);
        Assert.That(summary.ToLine(), Is.EqualTo("listen: 2 alerts read; [alpha] test: 1 received, queue 0; [beta] test: 1 received, queue 1; 0 ignored (no process serves their node); 0 skipped (received before a restart); 0 bad lines; 1 e-mails"));
    }

    [Test]
    public void WithoutANotifier_EachEmailIsReportedOnTheListenerLog()
    {
        using ListenerHost host = ListenerHost.Open(ProcessFile, _fixture.Options(), _fixture.Kernel.Clock, _fixture.ListenerLog);

        host.Deliver("j", new InputLine(1, JournalLine("a1", """{"uid":"command","alert_type":"sendEmail","object":{"recipients":"a@example.org b@example.org","subject":"s","body":"b"}}""")));

        Assert.That(_fixture.ListenerMessages, Is.EqualTo(new[] { "e-mail not sent (no outbox or mail server given): 's' to a@example.org b@example.org" }));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task RunAsync_UntilIdle_ReturnsOnceTheStreamEndsAndTheQueuesAreEmpty(CancellationToken cancellation)
    {
        using ListenerHost host = _fixture.Open(_fixture.Options(defaultNode: "a1"));
        using var input = new TextReaderInput(new StringReader("""
            {"uid":"command","alert_type":"printMessage","object":{"message":"one"}}
            {"uid":"command","alert_type":"printMessage","object":{"message":"two"}}
            """));

        await host.RunAsync(input, untilIdle: true, cancellation);

        Assert.That(_fixture.Messages("alpha").Where(m => m.StartsWith("printMessage", StringComparison.Ordinal)), Is.EqualTo(new[] { "printMessage: one", "printMessage: two" }));
        Assert.That(host.Summary().AlertsRead, Is.EqualTo(2));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task RunAsync_OnAJournal_UntilIdle_ReadsItThrough(CancellationToken cancellation)
    {
        _fixture.Fs.AddFile("/store/alerts.jsonl", new MockFileData(JournalLine("b1", """{"uid":"command","alert_type":"printMessage","object":{"message":"from the store"}}""") + "\n"));
        using ListenerHost host = _fixture.Open(_fixture.Options());
        using var journal = new JournalTailer("/store/alerts.jsonl", _fixture.Kernel.Clock, TimeSpan.FromSeconds(1), _fixture.Fs);

        await host.RunAsync(journal, untilIdle: true, cancellation);

        Assert.That(_fixture.Messages("beta"), Has.Member("printMessage: from the store"));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task RunAsync_WithoutUntilIdle_RunsUntilCancelled_ThenReturns(CancellationToken cancellation)
    {
        using ListenerHost host = _fixture.Open(_fixture.Options());
        using var journal = new JournalTailer("/store/alerts.jsonl", _fixture.Kernel.Clock, TimeSpan.FromSeconds(1), _fixture.Fs);
        using var stop = new CancellationTokenSource();

        // It reads the (missing) journal, then waits a poll interval on the virtual clock, which stands still here.
        Task run = host.RunAsync(journal, untilIdle: false, stop.Token);
        Assert.That(run.IsCompleted, Is.False);
        await stop.CancelAsync();
        await run.WaitAsync(cancellation);

        Assert.That(_fixture.ListenerMessages, Is.EqualTo(new[] { "stopping: asked to stop" }));
    }

    [Test]
    public void TheFixtureProcessFile_LoadsUnchanged_ItsChildConfigFoundBesideIt()
    {
        string processFile = RepositoryPaths.Fixture("lvalerttest-configs", "lvalert_listenMP.ini");
        var logs = new List<RecordingLog>();
        var options = new ListenerHostOptions { Logs = _ => { var log = new RecordingLog(); logs.Add(log); return log; } };

        using ListenerHost host = ListenerHost.Open(processFile, options, _fixture.Kernel.Clock, _fixture.ListenerLog);

        string beside = RepositoryPaths.Fixture("lvalerttest-configs", "childConfig.ini");
        string note = $"[testProcess] childConfig /home/reed.essick/lvalert-dev/lvalertTest/etc/childConfig.ini does not exist: using {beside}, beside the process file";
        Assert.That(host.Sections, Is.EqualTo(new[] { "testProcess" }));
        Assert.That(_fixture.ListenerMessages, Is.EqualTo(new[] { note }));
        Assert.That(logs.Single().Lines.Select(l => l.Message), Is.EqualTo(new[] { note }), "the run log says so too");
    }

    [Test]
    public void AMissingProcessFile_IsNamed()
    {
        var e = Assert.Throws<IniFormatException>(() => ListenerHost.Open("/etc/nonesuch.ini", _fixture.Options(), _fixture.Kernel.Clock, _fixture.ListenerLog));

        Assert.That(e!.Message, Is.EqualTo("/etc/nonesuch.ini: no such process file"));
    }

    [Test]
    public void AMissingChildConfig_IsNamedWithItsSection_AndWhereElseItWasLookedFor()
    {
        _fixture.Fs.AddFile(ProcessFile, new MockFileData("[alpha]\nnodes = a1\nchildConfig = /etc/alpha.ini\n[beta]\nnodes = b1\nchildConfig = /home/someone/gamma.ini\n"));

        var e = Assert.Throws<IniFormatException>(() => _fixture.Open(_fixture.Options()));

        Assert.That(e!.Message, Is.EqualTo($"{ProcessFile}: [beta] childConfig: /home/someone/gamma.ini does not exist (nor /etc/gamma.ini)"));
        Assert.That(_fixture.Logs, Is.Empty, "nothing is made until every section is valid");
    }

    [TestCase("[general]\nprocess_type = nonesuch\n", "/etc/beta.ini: [general] process_type: unknown process type 'nonesuch' (known: approval_processor, approval_processorMP, event_supervisor, test, tracet)")]
    [TestCase("[general]\nlog_directory = /tmp\n", "/etc/beta.ini: [general] has no option 'process_type'")]
    [TestCase("[other]\nprocess_type = test\n", "/etc/beta.ini: no section [general]")]
    [TestCase("process_type = test\n", "/etc/beta.ini:1: 'process_type = test' comes before any [section] header")]
    public void ABadChildConfig_IsNamedWithItsField(string contents, string message)
    {
        _fixture.Fs.AddFile("/etc/beta.ini", new MockFileData(contents));

        var e = Assert.Throws<IniFormatException>(() => _fixture.Open(_fixture.Options()));

        Assert.That(e!.Message, Is.EqualTo(message));
        Assert.That(_fixture.Logs, Is.Empty);
    }

    [Test]
    public void TwoSectionsWritingOneRunLog_AreRefused()
    {
        _fixture.Fs.AddFile(ProcessFile, new MockFileData("[one]\nnodes = a\nchildConfig = /etc/alpha.ini\n[two]\nnodes = b\nchildConfig = /etc/alpha.ini\n"));

        var e = Assert.Throws<IniFormatException>(() => _fixture.Open(_fixture.Options()));

        Assert.That(e!.Message, Does.StartWith($"{ProcessFile}: [one] and [two] would both write the run log ").And.EndWith("test_alpha.log"));
    }

    [TestCase("cbc", "/cp/cbc.checkpoint.json")]
    [TestCase("cwb long", "/cp/cwb long.checkpoint.json")]
    [TestCase("../x/y", "/cp/.._x_y.checkpoint.json")]
    public void CheckpointPath_IsTheSectionName_KeptInsideTheDirectory(string section, string path) =>
        Assert.That(ListenerHost.CheckpointPath("/cp", section), Is.EqualTo(path));

    [Test]
    public void Dispose_StopsTheEngines_SoNoLaterTimerWritesToAClosedLog()
    {
        ListenerHost host = _fixture.Open(_fixture.Options());
        host.Deliver("j", new InputLine(1, JournalLine("a1", NewEvent("T000001"))));

        host.Dispose();
        _fixture.Kernel.RunFor(TimeSpan.FromMinutes(1));

        Assert.That(_fixture.Messages("alpha"), Is.Empty);
        Assert.Throws<ObjectDisposedException>(() => host.Deliver("j", new InputLine(2, "")));
    }
}
