namespace LvalertTest.Supervisor.Listening;

public sealed partial class ListenerHost
{
    // Touched only by the thread that delivers lines (the run loop, or a test driving Deliver).
    private readonly HashSet<string> _unservedNodes = new(StringComparer.Ordinal);
    private long _alertsRead;
    private long _ignored;
    private long _skipped;
    private long _badLines;

    /// <summary>
    /// Handles one line of input read from <paramref name="source"/>: an alert goes to the engine serving its node
    /// (unless that engine had it before a restart), anything else is counted and, when it is not blank, reported
    /// with its file and line. Never throws on bad input.
    /// </summary>
    public void Deliver(string source, InputLine line)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ListenerLine parsed = ListenerLine.Parse(line.Text, _options.DefaultNode);
        switch (parsed.Kind)
        {
            case ListenerLineKind.Blank:
                return;
            case ListenerLineKind.Unaddressed:
                _badLines++;
                Note($"{source}:{line.Number}: {parsed.Reason}; skipped");
                return;
        }

        Route(source, line.Number, parsed.Node, parsed.Payload);
    }

    /// <summary>
    /// Handles one alert already split into its node and payload (a simulation in this process, which has both at
    /// hand): the same routing as a journal line's, without writing and reading the line.
    /// </summary>
    public void Deliver(string source, long lineNumber, string node, string payload)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentException.ThrowIfNullOrEmpty(node);
        ArgumentNullException.ThrowIfNull(payload);
        Route(source, lineNumber, node, payload);
    }

    private void Route(string source, long lineNumber, string node, string payload)
    {
        _alertsRead++;
        if (!_byNode.TryGetValue(node, out ListenerProcess? process))
        {
            _ignored++;
            if (_unservedNodes.Add(node))
            {
                Note($"{source}:{lineNumber}: no process serves node '{node}': its alerts are ignored");
            }

            return;
        }

        if (process.ToSkip > 0)
        {
            process.ToSkip--;
            _skipped++;
            if (process.ToSkip == 0)
            {
                Note($"[{process.Section.Name}] has caught up: alerts for it after {source}:{lineNumber} are new");
            }

            return;
        }

        process.Delivered++;
        process.Engine.Receive(node, payload);
    }
}
