using System.CommandLine;
using LvalertTest.FakeGraceDb;
using LvalertTest.Supervisor.Listening;
using LvalertTest.Supervisor.Logging;
using LvalertTest.Supervisor.Notify;

namespace LvalertTest.Cli.Commands;

/// <summary>
/// <c>lvalerttest listen --config FILE (--journal DIR|FILE | --stdin) [...]</c>: the lvalertTest_listenMP listener.
/// One supervisor engine per section of an lvalert_listenMP process file, fed from a fake GraceDb's alert journal
/// (followed as it grows) or from standard input, in real time, until the input is used up and the queues are empty
/// (<c>--until-idle</c>) or until Ctrl+C.
/// </summary>
internal static class ListenCommand
{
    private sealed record Settings(
        FileInfo Config,
        string? Journal,
        bool Stdin,
        string? GraceDb,
        string? Node,
        string? LogDirectory,
        string? CheckpointDirectory,
        string? Emails,
        string? Smtp,
        string? From,
        SmtpTlsMode SmtpTls,
        bool UntilIdle,
        bool Print,
        double PollSeconds);

    public static Command Create(TextWriter output, TextWriter error, TextReader input, CancellationToken stop)
    {
        var config = new Option<FileInfo>("--config") { Description = "The lvalert_listenMP process file: one section per child process.", Required = true };
        var journal = new Option<string?>("--journal") { Description = "Follow this fake GraceDb store's alert journal (a store directory or an alerts.jsonl file)." };
        var stdin = new Option<bool>("--stdin") { Description = "Read standard input instead: journal lines, or raw alerts for --node." };
        var graceDb = new Option<string?>("--gracedb") { Description = "The fake GraceDb store that event-supervisor checks read and annotate (default: the --journal store directory)." };
        var node = new Option<string?>("--node") { Description = "The node a raw alert line (not a journal line) is for." };
        var logDir = new Option<string?>("--log-dir") { Description = "Where every child process logs (default: its childConfig's log_directory)." };
        var checkpointDir = new Option<string?>("--checkpoint-dir") { Description = "Keep <section>.checkpoint.json here; after a restart, recover and skip the alerts already received." };
        var emails = new Option<string?>("--emails") { Description = "Append every e-mail to this JSON-lines file." };
        var smtp = new Option<string?>("--smtp") { Description = "Also send every e-mail through this SMTP server (host:port)." };
        var from = new Option<string?>("--from") { Description = "The sender's address for --smtp." };
        var smtpTls = new Option<SmtpTlsMode>("--smtp-tls") { Description = "None, StartTls or SslOnConnect.", DefaultValueFactory = _ => SmtpTlsMode.StartTls };
        var untilIdle = new Option<bool>("--until-idle") { Description = "Exit once the input is used up and every queue is empty (default: run until Ctrl+C)." };
        var print = new Option<bool>("--print") { Description = "Also print every run log line on standard output." };
        var poll = new Option<double>("--poll") { Description = "Seconds between looks at the journal (and at the queues with --until-idle).", DefaultValueFactory = _ => 0.25 };
        var command = new Command("listen", "Run lvalertMP child processes on alerts from a fake GraceDb's journal or standard input.")
        {
            config, journal, stdin, graceDb, node, logDir, checkpointDir, emails, smtp, from, smtpTls, untilIdle, print, poll,
        };
        command.SetAction(parse =>
        {
            var settings = new Settings(
                parse.GetRequiredValue(config),
                parse.GetValue(journal),
                parse.GetValue(stdin),
                parse.GetValue(graceDb),
                parse.GetValue(node),
                parse.GetValue(logDir),
                parse.GetValue(checkpointDir),
                parse.GetValue(emails),
                parse.GetValue(smtp),
                parse.GetValue(from),
                parse.GetValue(smtpTls),
                parse.GetValue(untilIdle),
                parse.GetValue(print),
                parse.GetValue(poll));
            try
            {
                return Execute(settings, output, input, stop);
            }
            catch (Exception e) when (e is UsageException or FormatException or IOException or UnauthorizedAccessException)
            {
                // FormatException: IniFormatException (process file, childConfig) and CheckpointException, each naming the file.
                error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static int Execute(Settings settings, TextWriter output, TextReader input, CancellationToken stop)
    {
        if ((settings.Journal is null) == !settings.Stdin)
        {
            throw new UsageException("listen reads exactly one of --journal or --stdin");
        }

        if (!(settings.PollSeconds > 0 && settings.PollSeconds <= 3600))
        {
            throw new UsageException($"--poll: {settings.PollSeconds} is not a number of seconds between 0 and 3600");
        }

        string? journalPath = settings.Journal is { } journal ? JournalFile(journal) : null;
        TimeSpan pollInterval = TimeSpan.FromSeconds(settings.PollSeconds);
        TimeProvider clock = LiveClock();
        using FileSystemGraceDb? store = OpenStore(settings, clock);
        // Engines log from their timer threads: every line to the console goes through one synchronised writer.
        TextWriter console = TextWriter.Synchronized(output);
        var listenerLog = new TextWriterSupervisorLog(console, "listen");
        var options = new ListenerHostOptions
        {
            DefaultNode = settings.Node,
            LogDirectory = settings.LogDirectory,
            CheckpointDirectory = settings.CheckpointDirectory,
            Host = Environment.MachineName,
            User = Environment.UserName,
            ProcessId = Environment.ProcessId,
            Mirror = settings.Print ? console : null,
            PollInterval = pollInterval,
            GraceDb = store,
        };

        using EmailDestinations destinations = EmailDestinations.Open(settings.Emails, settings.Smtp, settings.From, settings.SmtpTls);
        ListenerSummary summary;
        using (ListenerHost host = ListenerHost.Open(settings.Config.FullName, options, clock, listenerLog, destinations.Notifier))
        using (IListenerInput source = journalPath is null
            ? new TextReaderInput(input)
            : new JournalTailer(journalPath, clock, pollInterval, warn: message => listenerLog.Write(clock.GetUtcNow(), null, message)))
        using (var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop))
        using (new StopSignals(stopping))
        {
            host.RunAsync(source, settings.UntilIdle, stopping.Token).GetAwaiter().GetResult();
            summary = host.Summary();
        }

        // After the host is disposed: every log line is on disk before the closing line.
        console.WriteLine(summary.ToLine());
        return ExitCodes.Success;
    }

    /// <summary>The store the checks look in: --gracedb, else the --journal directory, else none.</summary>
    private static FileSystemGraceDb? OpenStore(Settings settings, TimeProvider clock)
    {
        string? directory = settings.GraceDb ?? (settings.Journal is { } journal && Directory.Exists(journal) ? journal : null);
        if (directory is null)
        {
            return null;
        }

        return Directory.Exists(directory)
            ? FileSystemGraceDb.OpenOnDisk(directory, new FakeGraceDbOptions { TimeProvider = clock })
            : throw new UsageException($"--gracedb: {directory} is not a store directory");
    }

    /// <summary>A store directory's alerts.jsonl (which may not exist yet), or the file given.</summary>
    private static string JournalFile(string path) =>
        Directory.Exists(path) ? Path.Combine(path, "alerts.jsonl")
        : File.Exists(path) ? path
        : throw new UsageException($"--journal: {path} is neither a store directory nor a journal file");

#pragma warning disable RS0030 // the banned-API rule keeps wall time out of simulations; a live listener runs on it on purpose
    private static TimeProvider LiveClock() => TimeProvider.System; // wall-clock: a live listener's engines expire items, and it polls its journal, in real time
#pragma warning restore RS0030
}
