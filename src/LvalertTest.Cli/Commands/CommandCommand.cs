using System.CommandLine;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.Supervisor.Commands;

namespace LvalertTest.Cli.Commands;

/// <summary>
/// <c>lvalerttest command &lt;cmd&gt; [key=value ...] [--node N] [--journal DIR]</c>: writes an lvalertMP command,
/// to standard output or, like the original <c>lvalertTest_commandMP</c>, into a store's alert journal on a node.
/// </summary>
internal static class CommandCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("cmd") { Description = "One of: " + string.Join(", ", LvalertCommand.Catalogue.Keys) };
        var pairs = new Argument<string[]>("arguments") { Description = "key=value pairs (numbers stay numbers), e.g. graceid=G000001 sleep=600", Arity = ArgumentArity.ZeroOrMore };
        var node = new Option<string?>("--node") { Description = "The node to publish on (required with --journal)." };
        var journal = new Option<DirectoryInfo?>("--journal") { Description = "A fake GraceDb store whose alert journal receives the command." };
        var command = new Command("command", "Write an lvalertMP command (stdout, or a store's alert journal).") { name, pairs, node, journal };
        command.SetAction(parse =>
        {
            try
            {
                LvalertCommand built = LvalertCommand.Create(parse.GetRequiredValue(name), (parse.GetValue(pairs) ?? []).Select(ParsePair));
                DirectoryInfo? store = parse.GetValue(journal);
                if (store is null)
                {
                    output.WriteLine(built.ToJson());
                    return ExitCodes.Success;
                }

                string target = parse.GetValue(node) ?? throw new CommandException("--journal needs --node: the node the listener serves");
                using FileSystemGraceDb db = FileSystemGraceDb.OpenOnDisk(store.FullName);
                db.PublishRaw(target, built.ToJson());
                output.WriteLine(built.ToJson());
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is CommandException or GraceDbException or IOException)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static KeyValuePair<string, string> ParsePair(string pair)
    {
        int equals = pair.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new(pair[..equals], pair[(equals + 1)..])
            : throw new CommandException($"'{pair}' is not a key=value argument");
    }
}
