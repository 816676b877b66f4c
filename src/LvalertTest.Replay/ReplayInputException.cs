namespace LvalertTest.Replay;

/// <summary>Replay cannot start: a bad GraceID, source, cutoff or config. The message is one line naming the file and field.</summary>
public sealed class ReplayInputException(string message, Exception? inner = null) : Exception(message, inner);
