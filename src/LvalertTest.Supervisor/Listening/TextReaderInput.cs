namespace LvalertTest.Supervisor.Listening;

/// <summary>
/// Lines from a stream such as standard input. Each line is read in the background, so the listener never blocks on
/// the stream and can stop (Ctrl+C) while a read is pending. The reader is not owned; at end of file the input ends.
/// </summary>
public sealed class TextReaderInput(TextReader reader, string name = "stdin") : IListenerInput
{
    private readonly TextReader _reader = reader ?? throw new ArgumentNullException(nameof(reader));
    private Task<string?>? _pending;
    private long _number;

    public string Name { get; } = name;

    public bool HasEnded { get; private set; }

    /// <summary>True at end of file: nothing more will come.</summary>
    public bool IsExhausted => HasEnded;

    /// <summary>Always false: a stream's last line counts once the stream ends, newline or not.</summary>
    public bool HasIncompleteLine => false;

    public IReadOnlyList<InputLine> ReadAvailable()
    {
        var lines = new List<InputLine>();
        while (!HasEnded)
        {
            Task<string?> pending = Pending();
            if (!pending.IsCompleted)
            {
                break;
            }

            _pending = null;
            // Rethrows what the read threw (an I/O error on the stream).
            string? text = pending.GetAwaiter().GetResult();
            if (text is null)
            {
                HasEnded = true;
            }
            else
            {
                lines.Add(new InputLine(++_number, text));
            }
        }

        return lines;
    }

    public Task WaitAsync(CancellationToken cancellationToken) =>
        HasEnded ? Task.CompletedTask : Pending().WaitAsync(cancellationToken);

    /// <summary>A read still pending stays blocked on the stream; the process may exit regardless.</summary>
    public void Dispose()
    {
    }

    // One read at a time: a TextReader need not be safe for concurrent reads.
    private Task<string?> Pending() => _pending ??= Task.Run(_reader.ReadLine);
}
