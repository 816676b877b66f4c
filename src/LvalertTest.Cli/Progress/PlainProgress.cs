namespace LvalertTest.Cli.Progress;

/// <summary>
/// Progress for logs and CI: one status line per simulated day, and more often when a day takes long in wall time,
/// so a slow run still shows it is alive.
/// </summary>
internal sealed class PlainProgress(SoakProgress progress, TextWriter output, double maxWallSecondsBetweenLines = 10)
{
    private double _lastLineWall;

    public void HourClosed()
    {
        if (progress.Hours % 24 == 0 || progress.WallSeconds - _lastLineWall >= maxWallSecondsBetweenLines)
        {
            _lastLineWall = progress.WallSeconds;
            output.WriteLine(progress.Status());
        }
    }
}
