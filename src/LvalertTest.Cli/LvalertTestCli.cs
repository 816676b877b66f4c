using System.CommandLine;
using LvalertTest.Cli.Commands;

namespace LvalertTest.Cli;

/// <summary>The <c>lvalerttest</c> command line: verbs, parsing and the exit-code contract.</summary>
public static class LvalertTestCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("LvalertTest: simulate, replay and check the GraceDb alert follow-up chain in virtual time.")
        {
            RunCommand.Create(output, error),
            GraceDbCommand.Create(output, error),
            CommandCommand.Create(output, error),
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
