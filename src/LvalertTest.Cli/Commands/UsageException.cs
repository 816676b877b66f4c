namespace LvalertTest.Cli.Commands;

/// <summary>Options that do not fit together or cannot be used; the message is the one-line reason (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
