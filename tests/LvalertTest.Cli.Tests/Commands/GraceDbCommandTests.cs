using System.Diagnostics;
using System.Text.Json.Nodes;
using LvalertTest.Cli.Tests.Support;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;

namespace LvalertTest.Cli.Tests.Commands;

public class GraceDbCommandTests
{
    private string _db = null!;
    private string _upload = null!;

    [SetUp]
    public void MakeStoreDirectory()
    {
        _db = Directory.CreateTempSubdirectory("lvalerttest-gracedb-cli-").FullName;
        _upload = Path.Combine(_db, "..", Path.GetFileName(_db) + "-trigger.txt");
        File.WriteAllText(_upload, "rho:\t8.9\nlikelihood:\t103\nifo:\tH1 L1\ntime:\t1165855145.5572\t1165855145.5572\n#significance based on the last day\n0 3.8e-06 1 2 86400\n");
    }

    [TearDown]
    public void RemoveStore()
    {
        Directory.Delete(_db, recursive: true);
        File.Delete(_upload);
    }

    [Test]
    public void CreateLogLabelAndInspect_LikeTheGraceDbClient()
    {
        CliRun created = CliRun.Of("gracedb", "--db", _db, "create", "Burst", "CWB", _upload, "--search", "AllSky");
        CliRun logged = CliRun.Of("gracedb", "--db", _db, "log", "G000001", "checked by hand", "--tag", "em_follow");
        CliRun labelled = CliRun.Of("gracedb", "--db", _db, "label", "G000001", "EM_READY");
        CliRun found = CliRun.Of("gracedb", "--db", _db, "events", "CWB", "EM_READY");
        CliRun logs = CliRun.Of("gracedb", "--db", _db, "logs", "G000001");

        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        JsonObject e = JsonNode.Parse(created.Output)!.AsObject();
        Assert.That(((string?)e["graceid"], (string?)e["pipeline"], (double?)e["far"]), Is.EqualTo(("G000001", "CWB", (double?)3.8e-06)));
        Assert.That((int?)JsonNode.Parse(logged.Output)!["N"], Is.EqualTo(4), logged.ToString());
        Assert.That((string?)JsonNode.Parse(labelled.Output)!["name"], Is.EqualTo("EM_READY"));
        Assert.That(JsonNode.Parse(found.Output)!["events"]!.AsArray().Select(x => (string?)x!["graceid"]), Is.EqualTo(new[] { "G000001" }));
        Assert.That((int?)JsonNode.Parse(logs.Output)!["numRows"], Is.EqualTo(4));
    }

    [TestCase("label", "G000009", "EM_READY", "event G000009 does not exist")]
    [TestCase("label", "G000001", "NOT_A_LABEL", "unknown label 'NOT_A_LABEL'")]
    [TestCase("event", "X1", null, "'X1' is not a GraceID")]
    public void BadRequests_ExitTwoWithOneLine(string verb, string id, string? argument, string reason)
    {
        CliRun.Of("gracedb", "--db", _db, "create", "Burst", "CWB", _upload);

        CliRun run = argument is null ? CliRun.Of("gracedb", "--db", _db, verb, id) : CliRun.Of("gracedb", "--db", _db, verb, id, argument);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.ToString());
        Assert.That(run.Error.Trim(), Does.StartWith($"error: {_db}: {reason}"));
        Assert.That(run.Error.Trim(), Does.Not.Contain("\n"));
    }

    [Test]
    public void TwoProcessesWritingOneStore_LoseNothing_AndNumbersStayDense()
    {
        // This process and three others (the CLI, launched repeatedly) write logs to one event at the same time.
        FileSystemGraceDb store = FileSystemGraceDb.OpenOnDisk(_db);
        GraceId id = store.CreateEvent("Burst", "CWB", null, "trigger.txt", File.ReadAllBytes(_upload)).GraceId;
        const int PerWorker = 8;
        Task[] workers = Enumerable.Range(0, 3).Select(w => Task.Run(() =>
        {
            for (int i = 0; i < PerWorker; i++)
            {
                RunCliProcess("gracedb", "--db", _db, "log", id.ToString(), $"worker {w} entry {i}");
            }
        })).ToArray();
        int local = 0;
        while (!Task.WhenAll(workers).IsCompleted || local < PerWorker)
        {
            store.WriteLog(id, $"in-process entry {local++}");
        }

        Task.WaitAll(workers);

        IReadOnlyList<LogEntry> logs = store.Logs(id);
        int expected = 3 + (3 * PerWorker) + local;
        Assert.That(logs.Select(l => l.N), Is.EqualTo(Enumerable.Range(1, expected)), "N unique and dense");
        Assert.That(logs.Count(l => l.Comment.StartsWith("worker ", StringComparison.Ordinal)), Is.EqualTo(3 * PerWorker));
        Assert.That(store.AlertJournal().Count(a => a.Alert.AlertType == "update"), Is.EqualTo((3 * PerWorker) + local));
    }

    private static void RunCliProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "lvalerttest.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"lvalerttest {string.Join(' ', args)} exited {process.ExitCode}: {stderr}");
        }
    }
}
