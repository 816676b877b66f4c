using LvalertTest.Supervisor.Logging;

namespace LvalertTest.Supervisor.Tests.Logging;

public class SerilogSupervisorLogTests
{
    private static readonly DateTimeOffset T0 = new(2019, 4, 25, 8, 18, 5, 17, TimeSpan.Zero);

    private DirectoryInfo _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("lvalerttest-runlog-");

    [TearDown]
    public void DeleteDirectory() => _dir.Delete(recursive: true);

    [Test]
    public void Write_RunLogHasEveryLineInOrder_EachGraceIdFileOnlyItsOwn()
    {
        using (SerilogSupervisorLog log = Open("run", "logs"))
        {
            WriteSample(log);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Read("run", "test_childConfig-example.log"), Is.EqualTo(
                "2019-04-25 08:18:05.017 | test : INFO : started\n" +
                "2019-04-25 08:18:06.017 | test : INFO : G184098: new event\n" +
                "2019-04-25 08:18:07.017 | test : INFO : G184099: new event\n" +
                "2019-04-25 08:18:08.017 | test : INFO : G184098: {far} check \"passed\"\n" +
                "2019-04-25 08:18:09.017 | test : INFO : heartbeat\n" +
                "2019-04-25 08:18:10.017 | test : INFO : G184099: done\n"));
            Assert.That(Read("logs", "G184098.log"), Is.EqualTo(
                "2019-04-25 08:18:06.017 | test : INFO : G184098: new event\n" +
                "2019-04-25 08:18:08.017 | test : INFO : G184098: {far} check \"passed\"\n"));
            Assert.That(Read("logs", "G184099.log"), Is.EqualTo(
                "2019-04-25 08:18:07.017 | test : INFO : G184099: new event\n" +
                "2019-04-25 08:18:10.017 | test : INFO : G184099: done\n"));
            Assert.That(Directory.GetFiles(Path.Combine(_dir.FullName, "logs")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
                Is.EqualTo(new[] { "G184098.log", "G184099.log" }));
        });
    }

    [Test]
    public void Write_TheSameLinesTwice_GiveTheSameBytes([Values] bool buffered)
    {
        foreach (string run in new[] { "a", "b" })
        {
            using SerilogSupervisorLog log = Open(run, run, buffered: buffered);
            WriteSample(log);
        }

        string[] names = ["test_childConfig-example.log", "G184098.log", "G184099.log"];
        Assert.That(names.Select(n => File.ReadAllBytes(Path.Combine(_dir.FullName, "b", n))),
            Is.EqualTo(names.Select(n => File.ReadAllBytes(Path.Combine(_dir.FullName, "a", n)))));
    }

    [Test]
    public void Write_MoreGraceIdsThanMayBeOpen_EveryFileIsCompleteAndAppended([Values] bool buffered)
    {
        const int events = 7;
        const int rounds = 4;
        using (SerilogSupervisorLog log = Open("run", "logs", maxOpen: 2, buffered: buffered))
        {
            // Round robin: every write after the first round reopens a file the limit had closed.
            for (int round = 0; round < rounds; round++)
            {
                for (int e = 0; e < events; e++)
                {
                    log.Write(T0.AddSeconds((round * events) + e), "G" + e, "round " + round);
                }
            }
        }

        Assert.Multiple(() =>
        {
            for (int e = 0; e < events; e++)
            {
                string[] lines = Read("logs", "G" + e + ".log").Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.That(lines.Select(l => l[^7..]), Is.EqualTo(Enumerable.Range(0, rounds).Select(r => "round " + r)), "G" + e);
            }

            Assert.That(Read("run", "test_childConfig-example.log").Count(c => c == '\n'), Is.EqualTo(events * rounds));
        });
    }

    [Test]
    public void Write_ManyGraceIds_HoldsNoMoreFilesOpenThanTheLimit()
    {
        Assume.That(Directory.Exists("/proc/self/fd"), "open handles are counted through Linux's /proc");
        string logs = Path.Combine(_dir.FullName, "logs");
        using (SerilogSupervisorLog log = Open("run", "logs", maxOpen: 3))
        {
            for (int e = 0; e < 20; e++)
            {
                log.Write(T0.AddSeconds(e), "G" + e, "new event");
            }

            Assert.That(OpenFilesUnder(logs), Is.EqualTo(3));
        }

        Assert.That(OpenFilesUnder(logs), Is.Zero);
        Assert.That(Directory.GetFiles(logs), Has.Length.EqualTo(20));
    }

    [Test]
    public void Open_AnExistingRunLog_AppendsAsPythonsFileHandlerDid()
    {
        using (SerilogSupervisorLog log = Open("run", "logs"))
        {
            log.Write(T0, "G1", "first run");
        }

        using (SerilogSupervisorLog log = Open("run", "logs"))
        {
            log.Write(T0.AddHours(1), "G1", "second run");
        }

        const string Expected = "2019-04-25 08:18:05.017 | test : INFO : first run\n2019-04-25 09:18:05.017 | test : INFO : second run\n";
        Assert.That((Read("run", "test_childConfig-example.log"), Read("logs", "G1.log")), Is.EqualTo((Expected, Expected)));
    }

    [Test]
    public void Write_Unbuffered_EachLineIsInTheFileBeforeDispose()
    {
        using SerilogSupervisorLog log = Open("run", "logs");
        log.Write(T0, "G1", "live");

        const string Expected = "2019-04-25 08:18:05.017 | test : INFO : live\n";
        Assert.That((Read("run", "test_childConfig-example.log"), Read("logs", "G1.log")), Is.EqualTo((Expected, Expected)));
    }

    [Test]
    public void Mirror_GetsTheRunLogsLines()
    {
        using var mirror = new StringWriter();
        using (SerilogSupervisorLog log = Open("run", "logs", mirror: mirror))
        {
            WriteSample(log);
        }

        Assert.That(mirror.ToString(), Is.EqualTo(Read("run", "test_childConfig-example.log")));
    }

    [Test]
    public void ForProcess_PutsTheRunLogAndGraceIdLogsInOneDirectory()
    {
        string dir = Path.Combine(_dir.FullName, "log_directory");
        using (SerilogSupervisorLog log = SerilogSupervisorLog.ForProcess(dir, "eventSupervisor", "/etc/ER10-eventSupervisor_CBC.ini"))
        {
            log.Write(T0, "G7", "hello");
        }

        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "G7.log", "eventSupervisor_ER10-eventSupervisor_CBC.log" }));
        Assert.That(Read("log_directory", "G7.log"), Is.EqualTo("2019-04-25 08:18:05.017 | eventSupervisor : INFO : hello\n"));
    }

    [Test]
    public void Write_AfterDispose_Throws()
    {
        SerilogSupervisorLog log = Open("run", "logs");
        log.Dispose();
        log.Dispose();

        Assert.That(() => log.Write(T0, null, "late"), Throws.InstanceOf<ObjectDisposedException>());
    }

    [Test]
    public void Open_ARunLogThatCannotBeOpened_FailsAtOnce()
    {
        // A directory where the run log should be: Serilog alone would only tell its SelfLog and drop every line.
        Directory.CreateDirectory(Path.Combine(_dir.FullName, "run", "test_childConfig-example.log"));

        Assert.That(() => Open("run", "logs"), Throws.InstanceOf<UnauthorizedAccessException>().Or.InstanceOf<IOException>());
    }

    private static void WriteSample(SerilogSupervisorLog log)
    {
        log.Write(T0, null, "started");
        log.Write(T0.AddSeconds(1), "G184098", "G184098: new event");
        log.Write(T0.AddSeconds(2), "G184099", "G184099: new event");
        log.Write(T0.AddSeconds(3), "G184098", "G184098: {far} check \"passed\"");
        log.Write(T0.AddSeconds(4), "", "heartbeat");
        // An offset clock: the line still shows UTC.
        log.Write(T0.AddSeconds(5).ToOffset(TimeSpan.FromHours(-2)), "G184099", "G184099: done");
    }

    private SerilogSupervisorLog Open(string runDir, string graceIdDir, int maxOpen = SerilogSupervisorLogOptions.DefaultMaxOpenGraceIdFiles,
        bool buffered = false, TextWriter? mirror = null) =>
        new(new SerilogSupervisorLogOptions
        {
            RunLogPath = Path.Combine(_dir.FullName, runDir, LogFileNames.RunLogName("test", "/etc/childConfig-example.ini")),
            GraceIdDirectory = Path.Combine(_dir.FullName, graceIdDir),
            LoggerName = "test",
            MaxOpenGraceIdFiles = maxOpen,
            Buffered = buffered,
            Mirror = mirror,
        });

    private static int OpenFilesUnder(string directory) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd => fd.LinkTarget is { } target && target.StartsWith(directory + "/", StringComparison.Ordinal));

    // Shared read: the sinks may still hold the files open for writing.
    private string Read(params string[] parts)
    {
        using var stream = new FileStream(Path.Combine([_dir.FullName, .. parts]), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
