namespace LvalertTest.Supervisor.Listening;

/// <summary>A line of input and its number (1-based, counted from the start of the input, blank lines included).</summary>
public readonly record struct InputLine(long Number, string Text);

/// <summary>Where a listener's lines come from: a journal file that grows (<see cref="JournalTailer"/>) or a stream such as standard input (<see cref="TextReaderInput"/>).</summary>
public interface IListenerInput : IDisposable
{
    /// <summary>Names the input in messages: a file path, or "stdin".</summary>
    string Name { get; }

    /// <summary>The complete lines that arrived since the last call, without waiting; empty when there are none.</summary>
    IReadOnlyList<InputLine> ReadAvailable();

    /// <summary>
    /// True when the last <see cref="ReadAvailable"/> found the input used up for now: a journal with no new complete
    /// line (it may still grow), a stream at its end (it cannot).
    /// </summary>
    bool IsExhausted { get; }

    /// <summary>True once no line can ever come again (a stream at end of file); a journal never ends.</summary>
    bool HasEnded { get; }

    /// <summary>True when bytes follow the last complete line: a line still being written, or cut short by a crash. It waits for its newline.</summary>
    bool HasIncompleteLine { get; }

    /// <summary>Waits until more lines may have arrived: one poll interval for a journal, the next line (or the end) for a stream.</summary>
    Task WaitAsync(CancellationToken cancellationToken);
}
