using LvalertTest.Core.GraceDb;

namespace LvalertTest.Http.Client;

/// <summary>
/// When and how long to retry a call the service may answer next time: timeouts (408), throttling (429), server errors
/// (5xx) and connection resets (<see cref="GraceDbTransientException.ConnectionReset"/>), as gwcelery's GraceDb tasks
/// do. Delays grow geometrically from <see cref="InitialDelay"/> up to <see cref="MaxDelay"/>, without jitter so a run
/// is reproducible; a <c>Retry-After</c> from the server wins when it asks for longer (capped the same way).
/// </summary>
public sealed record RetryPolicy
{
    public static RetryPolicy Default { get; } = new();

    /// <summary>No retries: every failure reaches the caller at once.</summary>
    public static RetryPolicy None { get; } = new() { MaxRetries = 0 };

    /// <summary>Retries after the first attempt (0 = none).</summary>
    public int MaxRetries { get; init; } = 5;

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public double Multiplier { get; init; } = 2;

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The statuses worth another attempt; 0 stands for a connection reset or refused connection.</summary>
    public IReadOnlyList<int> RetryableStatuses { get; init; } = [GraceDbTransientException.ConnectionReset, 408, 429, 500, 502, 503, 504];

    public bool IsRetryable(int status) => RetryableStatuses.Contains(status);

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan DelayBefore(int retry, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        double seconds = InitialDelay.TotalSeconds * Math.Pow(Multiplier, retry - 1);
        TimeSpan backoff = double.IsFinite(seconds) && seconds < MaxDelay.TotalSeconds ? TimeSpan.FromSeconds(seconds) : MaxDelay;
        TimeSpan wanted = retryAfter is { } asked && asked > backoff ? asked : backoff;
        return wanted > MaxDelay ? MaxDelay : wanted;
    }

    /// <summary>Checks the numbers; a broken policy is a configuration error naming the field.</summary>
    public RetryPolicy Validated()
    {
        if (MaxRetries < 0)
        {
            throw new FormatException($"retries: {MaxRetries} must not be negative");
        }

        if (InitialDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero)
        {
            throw new FormatException("retry delays must not be negative");
        }

        if (!(Multiplier >= 1) || !double.IsFinite(Multiplier))
        {
            throw new FormatException($"retry multiplier: {Multiplier} must be a finite number of at least 1");
        }

        return this;
    }
}
