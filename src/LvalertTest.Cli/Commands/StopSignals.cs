using System.Runtime.InteropServices;

namespace LvalertTest.Cli.Commands;

/// <summary>
/// Turns Ctrl+C and SIGTERM into a cancellation, so a listener stops cleanly (engines stopped, logs flushed, summary
/// printed). A second Ctrl+C is left to end the process at once.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration? _terminate;
    private int _disposed;

    public StopSignals(CancellationTokenSource stop)
    {
        _stop = stop;
        Console.CancelKeyPress += OnCancelKeyPress;
        try
        {
            _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate);
        }
        catch (PlatformNotSupportedException)
        {
            // Ctrl+C still works where SIGTERM cannot be caught.
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
            _terminate?.Dispose();
        }
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e) => e.Cancel = Stop();

    private void OnTerminate(PosixSignalContext context) => context.Cancel = Stop();

    /// <summary>True when this request starts the stop (the default action is then suppressed).</summary>
    private bool Stop()
    {
        if (Volatile.Read(ref _disposed) == 1 || _stop.IsCancellationRequested)
        {
            return false;
        }

        try
        {
            _stop.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }
}
