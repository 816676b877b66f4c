namespace LvalertTest.Supervisor.Checkpoints;

/// <summary>A checkpoint that cannot be read: one line naming the file and the field at fault.</summary>
public sealed class CheckpointException(string message, Exception? inner = null) : FormatException(message, inner);
