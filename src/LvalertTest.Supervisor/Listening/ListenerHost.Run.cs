namespace LvalertTest.Supervisor.Listening;

public sealed partial class ListenerHost
{
    /// <summary>
    /// Delivers every line of <paramref name="input"/> as it comes. With <paramref name="untilIdle"/> it returns once
    /// the input is used up (a journal with no new line, a stream at its end) and no engine has an item left to run;
    /// otherwise it runs until <paramref name="cancellationToken"/> is cancelled, and then returns normally.
    /// The engines run their items on their own timers meanwhile.
    /// </summary>
    public async Task RunAsync(IListenerInput input, bool untilIdle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                IReadOnlyList<InputLine> lines = input.ReadAvailable();
                foreach (InputLine line in lines)
                {
                    Deliver(input.Name, line);
                }

                if (lines.Count > 0)
                {
                    continue;
                }

                if (untilIdle && input.IsExhausted && IsIdle)
                {
                    if (input.HasIncompleteLine)
                    {
                        Note($"{input.Name}: ends in an incomplete line (no newline yet); it was not read");
                    }

                    return;
                }

                if (!input.HasEnded)
                {
                    await input.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    // Nothing more can come: wait for the queues to drain, or for the stop.
                    await Task.Delay(untilIdle ? _options.PollInterval : Timeout.InfiniteTimeSpan, _time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Note("stopping: asked to stop");
        }
    }
}
