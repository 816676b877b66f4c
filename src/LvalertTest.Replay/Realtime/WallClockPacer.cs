namespace LvalertTest.Replay.Realtime;

/// <summary>
/// Waits in real time until a given offset from the moment it was made, scaled by a speed (2 = twice as fast): the
/// one place a replay waits on the wall clock, for listeners that take the alerts as they come.
/// </summary>
public sealed class WallClockPacer
{
    // wall-clock: --realtime plays alerts out at their original pace; nothing simulated reads this clock.
    private static readonly TimeProvider Wall = TimeProvider.System;
    private readonly long _start = Wall.GetTimestamp();
    private readonly double _speed;

    public WallClockPacer(double speed)
    {
        _speed = double.IsFinite(speed) && speed > 0 ? speed : throw new ArgumentOutOfRangeException(nameof(speed), speed, "a speed must be a positive number");
    }

    /// <summary>Returns once <paramref name="offset"/> / speed of wall time has passed since the pacer was made.</summary>
    public void WaitUntil(TimeSpan offset, CancellationToken cancel = default)
    {
        TimeSpan due = TimeSpan.FromTicks((long)Math.Min(offset.Ticks / _speed, TimeSpan.MaxValue.Ticks / 2.0));
        TimeSpan remaining = due - Wall.GetElapsedTime(_start);
        if (remaining > TimeSpan.Zero)
        {
            Task.Delay(remaining, Wall, cancel).GetAwaiter().GetResult();
        }
    }
}
