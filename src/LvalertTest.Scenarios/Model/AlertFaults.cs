namespace LvalertTest.Scenarios.Model;

/// <summary>
/// What the alert bus does to alerts on their way from GraceDb to the supervisor. Each alert draws every number
/// whatever the outcome, so changing one probability never shifts another alert's draws.
/// </summary>
/// <param name="Drop">Probability an alert is lost.</param>
/// <param name="Duplicate">Probability an alert is delivered twice (the copy right after the original).</param>
/// <param name="Reorder">Probability an alert is held back by <paramref name="ReorderDelay"/>, so later ones overtake it.</param>
/// <param name="DelayMean">Mean delivery delay (normal, clipped at zero).</param>
/// <param name="DelayJitter">Standard deviation of the delivery delay.</param>
/// <param name="ReorderDelay">How long a reordered alert is held back.</param>
public sealed record AlertFaults(double Drop, double Duplicate, double Reorder, TimeSpan DelayMean, TimeSpan DelayJitter, TimeSpan ReorderDelay)
{
    public static AlertFaults None { get; } = new(0, 0, 0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public bool IsNone => Drop == 0 && Duplicate == 0 && Reorder == 0 && DelayMean == TimeSpan.Zero && DelayJitter == TimeSpan.Zero;
}

/// <summary>The supervisor process dies at <paramref name="At"/> (after the scenario's start) and restarts from its checkpoint <paramref name="RestartAfter"/> later.</summary>
public sealed record SupervisorCrash(TimeSpan At, TimeSpan RestartAfter);
