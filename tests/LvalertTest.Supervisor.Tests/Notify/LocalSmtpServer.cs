using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LvalertTest.Supervisor.Tests.Notify;

/// <summary>
/// A real SMTP server on 127.0.0.1 for the length of a test: Debian's aiosmtpd storing each message it accepts in a
/// maildir. Needs /usr/bin/python3 with python3-aiosmtpd: without it the test is ignored, or fails when CI=true.
/// </summary>
internal sealed class LocalSmtpServer : IDisposable
{
    // Debian's interpreter, not whatever `python3` is first on PATH (a pyenv one lacks the Debian package).
    private const string Python = "/usr/bin/python3";
    private const string Missing = "the SMTP tests need a local SMTP server: install python3-aiosmtpd (apt-get install python3-aiosmtpd) for /usr/bin/python3";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly DirectoryInfo _root;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private LocalSmtpServer(DirectoryInfo root, int port)
    {
        _root = root;
        Port = port;
        ProcessStartInfo start = PythonStart("-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", MailDir);
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Python);
        _process.ErrorDataReceived += (_, e) => { lock (_stderr) { _stderr.AppendLine(e.Data); } };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public int Port { get; }

    // Must not exist beforehand: the Mailbox handler creates the maildir (new, cur, tmp) only when the path is missing.
    private string MailDir => Path.Combine(_root.FullName, "maildir");

    /// <summary>Starts a server on a free port and waits until it greets; ignores (or, on CI, fails) the test without aiosmtpd.</summary>
    public static LocalSmtpServer Start()
    {
        RequireAiosmtpd();
        var server = new LocalSmtpServer(Directory.CreateTempSubdirectory("lvalerttest-smtp-"), FreePort());
        try
        {
            server.WaitUntilGreeting();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A port nothing listens on now (the OS picks it; closing the listener frees it).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The raw messages delivered since the last call, as stored (the handler adds X-Peer, X-MailFrom, X-RcptTo).</summary>
    public IReadOnlyList<string> TakeNewMessages()
    {
        // The handler stores a message before it answers 250, so a message is here once Send has returned; names
        // carry no reliable order, which is why callers take the new ones after each send.
        var fresh = Directory.EnumerateFiles(Path.Combine(MailDir, "new")).Where(_seen.Add).ToList();
        return fresh.Select(File.ReadAllText).ToList();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
        _root.Delete(recursive: true);
    }

    private static void RequireAiosmtpd()
    {
        bool present = false;
        if (File.Exists(Python))
        {
            using Process check = Process.Start(PythonStart("-c", "import aiosmtpd"))!;
            check.StandardOutput.ReadToEnd();
            check.StandardError.ReadToEnd();
            check.WaitForExit();
            present = check.ExitCode == 0;
        }

        if (!present)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(Missing);
            }

            Assert.Ignore(Missing);
        }
    }

    private static ProcessStartInfo PythonStart(params string[] arguments)
    {
        var start = new ProcessStartInfo(Python, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A pyenv or virtualenv setting would point Debian's interpreter at the wrong standard library and packages.
        start.Environment.Remove("PYTHONHOME");
        start.Environment.Remove("PYTHONPATH");
        return start;
    }

    /// <summary>Polls until the server answers with its 220 greeting, so the test talks to aiosmtpd and not to a port left over.</summary>
    private void WaitUntilGreeting()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                Assert.Fail($"aiosmtpd exited with code {_process.ExitCode} before accepting connections on 127.0.0.1:{Port}:\n{Stderr()}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                client.ReceiveTimeout = 2000;
                using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
                string? greeting = reader.ReadLine();
                if (greeting is not null && greeting.StartsWith("220", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception e) when (e is SocketException or IOException)
            {
                // Not listening yet.
            }

            if (clock.Elapsed > StartLimit)
            {
                Assert.Fail($"aiosmtpd did not greet on 127.0.0.1:{Port} within {StartLimit.TotalSeconds} s:\n{Stderr()}");
            }

            Thread.Sleep(50);
        }
    }

    private string Stderr()
    {
        lock (_stderr)
        {
            return _stderr.ToString();
        }
    }
}
