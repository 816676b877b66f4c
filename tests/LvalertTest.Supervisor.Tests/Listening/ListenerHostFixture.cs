using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Listening;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Supervisor.Tests.Listening;

/// <summary>
/// A two-section process file (alpha serves a1 and a2, beta serves b1; both process_type test) on an in-memory file
/// system, hosts on a virtual clock, and one recording log per section that outlives the hosts (restarts append).
/// </summary>
internal sealed class ListenerHostFixture
{
    public const string ProcessFile = "/etc/lvalert_listenMP.ini";
    public static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);

    public ListenerHostFixture()
    {
        Fs.AddFile(ProcessFile, new MockFileData("""
            [alpha]
            nodes = a1 a2
            childConfig = /etc/alpha.ini

            [beta]
            nodes = b1
            childConfig = /etc/beta.ini
            """));
        Fs.AddFile("/etc/alpha.ini", new MockFileData("[general]\nprocess_type = test\n"));
        Fs.AddFile("/etc/beta.ini", new MockFileData("[general]\nprocess_type = test\n"));
    }

    public MockFileSystem Fs { get; } = new();

    public SimulationKernel Kernel { get; } = new(T0);

    public RecordingLog ListenerLog { get; } = new();

    public RecordedOutbox Outbox { get; } = new();

    public Dictionary<string, RecordingLog> Logs { get; } = new(StringComparer.Ordinal);

    public ListenerHostOptions Options(string? checkpointDirectory = null, string? defaultNode = null) => new()
    {
        FileSystem = Fs,
        CheckpointDirectory = checkpointDirectory,
        DefaultNode = defaultNode,
        Logs = request => Logs.TryGetValue(request.Section, out RecordingLog? log) ? log : Logs[request.Section] = new RecordingLog(),
    };

    public ListenerHost Open(ListenerHostOptions options) => ListenerHost.Open(ProcessFile, options, Kernel.Clock, ListenerLog, Outbox);

    /// <summary>The messages of a section's log, in order.</summary>
    public IEnumerable<string> Messages(string section) => Logs[section].Lines.Select(l => l.Message);

    public IEnumerable<string> ListenerMessages => ListenerLog.Lines.Select(l => l.Message);

    public static string JournalLine(string node, string alert) => $$"""{"time":"2017-08-17 12:41:04 UTC","node":"{{node}}","alert":{{alert}}}""";

    public static string NewEvent(string graceId) => $$"""{"uid":"{{graceId}}","alert_type":"new"}""";
}
