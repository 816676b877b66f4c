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

        _alertsRead++;
        if (!_byNode.TryGetValue(parsed.Node, out ListenerProcess? process))
        {
            _ignored++;
            if (_unservedNodes.Add(parsed.Node))
            {
                Note($"{source}:{line.Number}: no process serves node '{parsed.Node}': its alerts are ignored");
            }

            return;
        }

        if (process.ToSkip > 0)
        {
            process.ToSkip--;
            _skipped++;
            if (process.ToSkip == 0)
            {
                Note($"[{process.Section.Name}] has caught up: alerts for it after {source}:{line.Number} are new");
            }

            return;
        }

        process.Delivered++;
        process.Engine.Receive(parsed.Node, parsed.Payload);
    }
}
