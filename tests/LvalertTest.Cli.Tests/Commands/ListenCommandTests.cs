using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LvalertTest.Cli.Tests.Support;
using LvalertTest.Core.Events;
using LvalertTest.FakeGraceDb;
using LvalertTest.Simulation.Uploads;

namespace LvalertTest.Cli.Tests.Commands;

/// <summary>
/// <c>lvalerttest listen</c> end to end, in real time. The inputs are lvalertMP commands, which run as they arrive,
/// so no test waits on the test process type's 5 s and 10 s prints.
/// </summary>
public partial class ListenCommandTests
{
    private const string Node = "lvalerttest-testnode";
    private const string PrintHello = """{"uid":"command","alert_type":"printMessage","object":{"message":"hello"}}""";
    private const string SendEmail = """{"uid":"command","alert_type":"sendEmail","object":{"recipients":"oncall@example.org","subject":"listener test","body":"ping"}}""";

    private static readonly string ProcessFile = RepositoryPaths.Fixture("lvalerttest-configs", "lvalert_listenMP.ini");
    private static readonly string ResolvedNote =
        $"[testProcess] childConfig /home/reed.essick/lvalert-dev/lvalertTest/etc/childConfig.ini does not exist: using {RepositoryPaths.Fixture("lvalerttest-configs", "childConfig.ini")}, beside the process file";

    private string _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("lvalerttest-listen-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private string Logs => Path.Combine(_dir, "logs");

    private string Emails => Path.Combine(_dir, "emails.jsonl");

    private string Store => Path.Combine(_dir, "store");

    [Test]
    public void Stdin_TheFixtureProcessFile_RunsTheCommands_LogsAndEmails()
    {
        CliRun run = Listen(PrintHello + "\n" + SendEmail + "\n", "--stdin", "--node", Node);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(RunLog(), Is.EqualTo(new[]
        {
            "test : INFO : " + ResolvedNote,
            "test : INFO : received command printMessage",
            "test : INFO : printMessage: hello",
            "test : INFO : received command sendEmail",
        }));
        JsonObject email = JsonNode.Parse(File.ReadAllLines(Emails).Single())!.AsObject();
        Assert.That(((string?)email["subject"], (string?)email["body"], email["to"]!.AsArray().Select(t => (string?)t)),
            Is.EqualTo(("listener test", "ping", new[] { "oncall@example.org" })));
        Assert.That(Lines(run.Output), Is.EqualTo(new[]
        {
            "listen : INFO : " + ResolvedNote,
            "listen: 2 alerts read; [testProcess] test: 2 received, queue 0; 0 ignored (no process serves their node); 0 skipped (received before a restart); 0 bad lines; 1 e-mails",
        }));
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public void Stdin_WithoutNode_ARawLineIsReportedWithItsLine_AndSkipped()
    {
        string journalLine = $$"""{"node":"{{Node}}","alert":{{PrintHello}}}""";

        CliRun run = Listen(journalLine + "\n" + PrintHello + "\n", "--stdin");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Lines(run.Output), Does.Contain("listen : INFO : stdin:2: not a journal line (no \"node\" and \"alert\") and no default node (--node) to send it to; skipped"));
        Assert.That(RunLog(), Does.Contain("test : INFO : printMessage: hello"));
        Assert.That(run.Output, Does.Contain("listen: 1 alerts read;").And.Contain("1 bad lines"));
    }

    [Test]
    public void Print_MirrorsTheRunLogOnStandardOutput()
    {
        CliRun run = Listen(PrintHello + "\n", "--stdin", "--node", Node, "--print");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Lines(run.Output), Does.Contain("test : INFO : printMessage: hello"));
    }

    [Test]
    public void Journal_WrittenByTheCommandVerb_IsHandled_AndAResumedRunSkipsIt()
    {
        Command("printMessage", "message=from the journal");
        Command("sendEmail", "recipients=oncall@example.org", "subject=journal test", "body=ping");
        string[] resume = ["--journal", Store, "--checkpoint-dir", Path.Combine(_dir, "checkpoints")];

        CliRun first = Listen("", resume);
        Command("printMessage", "message=after the restart");
        CliRun second = Listen("", resume);

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(RunLog().Where(l => l.Contains("printMessage:", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "test : INFO : printMessage: from the journal",
            "test : INFO : printMessage: after the restart",
        }));
        Assert.That(File.ReadAllLines(Emails), Has.Length.EqualTo(1), "the e-mail is not sent again");
        Assert.That(first.Output, Does.Contain("listen: 2 alerts read; [testProcess] test: 2 received, queue 0;"));
        Assert.That(second.Output, Does.Contain("listen: 3 alerts read; [testProcess] test: 1 received, queue 0;").And.Contain("2 skipped"));
        Assert.That(File.Exists(Path.Combine(_dir, "checkpoints", "testProcess.checkpoint.json")), Is.True);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task WithoutUntilIdle_ItRunsUntilStopped_ThenStopsCleanly(CancellationToken cancellation)
    {
        Command("printMessage", "message=first");
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["listen", "--config", ProcessFile, "--journal", Store, "--log-dir", Logs, "--poll", "0.05"];

        Task<int> listening = Task.Run(() => LvalertTestCli.Run(args, TextWriter.Synchronized(output), error, TextReader.Null, stop.Token), cancellation);
        await WaitForRunLogLine("test : INFO : printMessage: first", cancellation);
        Command("printMessage", "message=appended while it runs");
        await WaitForRunLogLine("test : INFO : printMessage: appended while it runs", cancellation);
        await stop.CancelAsync();
        int exitCode = await listening.WaitAsync(cancellation);

        Assert.That(exitCode, Is.Zero, error.ToString());
        Assert.That(Lines(output.ToString()).TakeLast(2), Is.EqualTo(new[]
        {
            "listen : INFO : stopping: asked to stop",
            "listen: 2 alerts read; [testProcess] test: 2 received, queue 0; 0 ignored (no process serves their node); 0 skipped (received before a restart); 0 bad lines; 0 e-mails",
        }));
    }

    [Test]
    public void ABrokenProcessFile_ExitsTwoWithOneLineNamingIt()
    {
        string broken = Path.Combine(_dir, "listen.ini");
        File.WriteAllText(broken, "nodes = a\n[p]\nchildConfig = c.ini\n");

        CliRun run = Listen("", "--stdin", "--config", broken);

        AssertBadInput(run, $"error: {broken}:1: 'nodes = a' comes before any [section] header");
        Assert.That(Directory.Exists(Logs), Is.False, "nothing is written");
    }

    [Test]
    public void AnUnknownProcessType_ExitsTwoNamingTheChildConfigAndField()
    {
        string child = Path.Combine(_dir, "child.ini");
        File.WriteAllText(child, "[general]\nprocess_type = nonesuch\n");
        string processFile = Path.Combine(_dir, "listen.ini");
        File.WriteAllText(processFile, $"[ap]\nnodes = cbc_gstlal\nchildConfig = {child}\n");

        CliRun run = Listen("", "--stdin", "--config", processFile);

        AssertBadInput(run, $"error: {child}: [general] process_type: unknown process type 'nonesuch' (known: approval_processor, approval_processorMP, event_supervisor, test, tracet)");
    }

    [Test]
    public void AnEventSupervisorOnStandardInput_WithoutAStore_ExitsTwoSayingWhatItNeeds()
    {
        string child = RepositoryPaths.Fixture("eventsupervisor-configs", "ER10-eventSupervisor_CBC.ini");
        string processFile = Path.Combine(_dir, "listen.ini");
        File.WriteAllText(processFile, $"[es]\nnodes = cbc_gstlal\nchildConfig = {child}\n");

        CliRun run = Listen("", "--stdin", "--config", processFile);

        AssertBadInput(run, $"error: {child}: [general] process_type: event_supervisor reads and annotates GraceDb, and this listener has none (listen to a store with --journal DIR, or give --gracedb DIR)");
    }

    [Test]
    [CancelAfter(60_000)]
    public void AnEventSupervisorOnAStoreJournal_ChecksTheEvent_AnnotatesItAndMails(CancellationToken cancellation)
    {
        // The Tests config (every dt 1-2 s, so this runs a few wall seconds) as a child process (it names no
        // process_type of its own), with annotations and mail switched on.
        string child = Path.Combine(_dir, "es.ini");
        File.WriteAllText(child, File.ReadAllText(RepositoryPaths.Fixture("eventsupervisor-configs", "eventSupervisor_Tests-configMP.ini"))
            .Replace("[general]\n", "[general]\nprocess_type = event_supervisor\n", StringComparison.Ordinal)
            .Replace("annotate = False", "annotate = True", StringComparison.Ordinal)
            .Replace("warnings = False", "warnings = True", StringComparison.Ordinal));
        string processFile = Path.Combine(_dir, "listen.ini");
        File.WriteAllText(processFile, $"[es]\nnodes = cbc_gstlal\nchildConfig = {child}\n");
        string coinc = Path.Combine(_dir, "coinc.xml");
        File.WriteAllBytes(coinc, PipelineUploads.For("gstlal", 1187008882.4457, 1e-8, "H1,L1"));
        CliRun created = CliRun.Of(["gracedb", "--db", Store, "create", "CBC", "gstlal", coinc]);
        Assert.That(created.ExitCode, Is.Zero, created.ToString());

        CliRun run = Listen("", "--config", processFile, "--journal", Store);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        using FileSystemGraceDb store = FileSystemGraceDb.OpenOnDisk(Store);
        string[] annotations = store.Logs(GraceId.Parse("G000001")).Where(l => l.TagNames.Contains("event_supervisor")).Select(l => l.Comment).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(annotations, Has.Member("ES: no action required : 0.000e+00 <= FAR=1.000e-08 <= 1.000e+00"));
            Assert.That(annotations, Has.Member("ES: action required : could not find a log message containing 'Coincidence search complete'"));
            Assert.That(File.ReadAllText(Emails), Does.Contain("\"subject\":\"G000001: externalTriggers requires attention\""));
            Assert.That(run.Output, Does.Contain("[es] event_supervisor: ").And.Contain("queue 0;"));
        });
        Assert.That(cancellation.IsCancellationRequested, Is.False);
    }

    [Test]
    public void ACorruptCheckpoint_ExitsTwo_AndIsLeftAsItWas()
    {
        string checkpoints = Path.Combine(_dir, "checkpoints");
        Directory.CreateDirectory(checkpoints);
        string checkpoint = Path.Combine(checkpoints, "testProcess.checkpoint.json");
        File.WriteAllText(checkpoint, "{\"format\":");

        CliRun run = Listen("", "--stdin", "--checkpoint-dir", checkpoints);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error, Does.StartWith($"error: {checkpoint}: "));
        Assert.That(run.Error.TrimEnd(), Does.Not.Contain("\n"));
        Assert.That(File.ReadAllText(checkpoint), Is.EqualTo("{\"format\":"));
    }

    [TestCase(new[] { "--stdin", "--journal", "." }, "error: listen reads exactly one of --journal or --stdin")]
    [TestCase(new string[0], "error: listen reads exactly one of --journal or --stdin")]
    [TestCase(new[] { "--journal", "/nonexistent/store" }, "error: --journal: /nonexistent/store is neither a store directory nor a journal file")]
    [TestCase(new[] { "--stdin", "--smtp", "localhost" }, "error: --smtp: 'localhost' is not host:port")]
    [TestCase(new[] { "--stdin", "--smtp", "localhost:25" }, "error: --smtp needs --from, the sender's address")]
    [TestCase(new[] { "--stdin", "--from", "a@example.org" }, "error: --from is the sender for --smtp, which is missing")]
    [TestCase(new[] { "--stdin", "--poll", "0" }, "error: --poll: 0 is not a number of seconds between 0 and 3600")]
    public void BadOptions_ExitTwoWithOneLine(string[] options, string reason) =>
        AssertBadInput(Listen("", options), reason);

    [Test]
    public void AMissingProcessFile_ExitsTwo()
    {
        string missing = Path.Combine(_dir, "nonesuch.ini");

        AssertBadInput(Listen("", "--stdin", "--config", missing), $"error: {missing}: no such process file");
    }

    /// <summary>Runs listen on the fixture process file (unless --config is given) until idle, logs and e-mails in the temp directory.</summary>
    private CliRun Listen(string stdin, params string[] options)
    {
        string[] config = options.Contains("--config") ? [] : ["--config", ProcessFile];
        string[] args = ["listen", .. config, .. options, "--until-idle", "--log-dir", Logs, "--emails", Emails];
        var output = new StringWriter();
        var error = new StringWriter();
        int code = LvalertTestCli.Run(args, output, error, new StringReader(stdin), CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private void Command(string name, params string[] arguments)
    {
        CliRun run = CliRun.Of(["command", name, .. arguments, "--journal", Store, "--node", Node]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
    }

    /// <summary>The run log's lines without their (wall-clock) times.</summary>
    private string[] RunLog() => Lines(File.ReadAllText(Path.Combine(Logs, "test_childConfig.log")));

    private async Task WaitForRunLogLine(string line, CancellationToken cancellation)
    {
        string path = Path.Combine(Logs, "test_childConfig.log");
        while (!(File.Exists(path) && Lines(ReadShared(path)).Contains(line)))
        {
            await Task.Delay(20, cancellation);
        }
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => LogTime().Replace(l.TrimEnd('\r'), "")).ToArray();

    private static void AssertBadInput(CliRun run, string reason)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error.TrimEnd(), Is.EqualTo(reason));
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \| ")]
    private static partial Regex LogTime();
}
