using System.CommandLine;
using LvalertTest.Cli.Commands;

namespace LvalertTest.Cli;

/// <summary>The <c>lvalerttest</c> command line: verbs, parsing and the exit-code contract.</summary>
public static class LvalertTestCli
{
    /// <summary>Runs the command line with nothing on standard input.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, TextReader.Null, CancellationToken.None);

    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error: one line on bad input.</param>
    /// <param name="input">Standard input (<c>listen --stdin</c>).</param>
    /// <param name="stop">Stops a running listener cleanly, as Ctrl+C does.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        var root = new RootCommand("LvalertTest: simulate, replay and check the GraceDb alert follow-up chain in virtual time.")
        {
            RunCommand.Create(output, error),
            GraceDbCommand.Create(output, error),
            CommandCommand.Create(output, error),
            ListenCommand.Create(output, error, input, stop),
            ReplayCommand.Create(output, error),
            ServeCommand.Create(output, error, stop),
            TraceTCommand.Create(output, error),
            SoakCommand.Create(output, error),
            GateCommand.Create(output, error),
        };

        ParseResult parsed = root.Parse(args);
        bool asksForHelp = args.Any(a => a is "-h" or "--help" or "-?" or "--version");
        if (parsed.Errors.Count > 0 && !asksForHelp)
        {
            // One line, exit 2: the contract for bad input, rather than the library's help dump and exit 1.
            error.WriteLine($"error: {parsed.Errors[0].Message} (see 'lvalerttest {string.Join(' ', args.Take(1))} --help')");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
