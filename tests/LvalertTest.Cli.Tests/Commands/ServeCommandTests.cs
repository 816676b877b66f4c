using System.Text.RegularExpressions;
using LvalertTest.Cli.Tests.Support;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.Http.Client;

namespace LvalertTest.Cli.Tests.Commands;

/// <summary><c>lvalerttest serve</c>: a real server on 127.0.0.1, driven by the REST client, stopped by the token.</summary>
public partial class ServeCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("lvalerttest-serve-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Serve_PrintsTheUrl_ServesTheStore_StopsOnCancel_AndTheWritesAreOnDisk()
    {
        using var stop = new CancellationTokenSource();
        var output = new FirstLine();
        var error = new StringWriter();
        Task<int> serving = Task.Run(() => LvalertTestCli.Run(["serve", "--db", _dir, "--port", "0"], output, error, TextReader.Null, stop.Token));

        string line = await output.Line.WaitAsync(TimeSpan.FromSeconds(30));
        Match url = Regex.Match(line, @"^serving (?<db>.+) at (?<url>http://127\.0\.0\.1:\d+/api/) \(Ctrl\+C to stop\)$");
        Assert.That(url.Success, Is.True, line);
        using (var client = GraceDbRestClient.Create(new GraceDbRestClientOptions { ServiceUrl = new Uri(url.Groups["url"].Value), Retry = RetryPolicy.None }))
        {
            GraceEvent e = client.CreateEvent("CBC", "gstlal", "AllSky", "coinc.xml", "not a coinc table"u8.ToArray(), ["INJ"], submitter: "gstlalcbc");
            client.WriteLog(e.GraceId, "over HTTP", "notes.txt", "hello"u8.ToArray());
        }

        await stop.CancelAsync();
        int exit = await serving.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That((exit, error.ToString()), Is.EqualTo((0, string.Empty)));
        using FileSystemGraceDb store = FileSystemGraceDb.OpenOnDisk(_dir);
        GraceEvent stored = store.Event(Core.Events.GraceId.Parse("G000001"));
        Assert.That((stored.Submitter, stored.Labels.Single()), Is.EqualTo(("gstlalcbc", "INJ")));
        Assert.That(store.FileContents(stored.GraceId, "notes.txt"), Is.EqualTo("hello"u8.ToArray()));
    }

    [TestCase("--fail", "503", "error: --fail: '503' is not STATUS:PROBABILITY (e.g. 503:0.1)")]
    [TestCase("--fail", "404:0.5", "error: --fail: '404:0.5': a fault status must be one of 0, 408, 409, 429, 500, 502, 503, 504 (0 = connection reset)")]
    [TestCase("--latency", "fast", "error: --latency: 'fast' is not MEAN or MEAN:JITTER in seconds (e.g. 0.5:0.2)")]
    [TestCase("--port", "70000", "error: --port: 70000 is not a port number (0 to 65535)")]
    public void BadOptions_AreOneLineAndExit2(string option, string value, string message)
    {
        CliRun run = CliRun.Of("serve", "--db", _dir, option, value);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Error.TrimEnd(), Is.EqualTo(message));
    }

    /// <summary>Captures output and signals the first line (the server prints its URL once it listens).</summary>
    private sealed class FirstLine : StringWriter
    {
        private readonly TaskCompletionSource<string> _line = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> Line => _line.Task;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            _line.TrySetResult(value ?? string.Empty);
        }
    }
}
