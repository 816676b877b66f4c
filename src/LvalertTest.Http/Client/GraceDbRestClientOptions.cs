using LvalertTest.Http.Auth;

namespace LvalertTest.Http.Client;

/// <summary>How a <see cref="GraceDbRestClient"/> reaches its service. Init-only, like the fake's options.</summary>
public sealed record GraceDbRestClientOptions
{
    /// <summary>The API root, e.g. <c>https://gracedb.ligo.org/api/</c> (a missing final '/' is added).</summary>
    public required Uri ServiceUrl { get; init; }

    public GraceDbCredentials Credentials { get; init; } = GraceDbCredentials.None;

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>The clock the backoff waits on: tests pass a manual one, or replace <see cref="Wait"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System; // wall-clock: backoff against a real service; simulations pass their own

    /// <summary>Waits between attempts; by default a delay on <see cref="TimeProvider"/>.</summary>
    public Action<TimeSpan>? Wait { get; init; }

    /// <summary>Sends the issuer / creator / submitter a call names in <see cref="ApiNames.ActingUserHeader"/>.</summary>
    public bool SendActingUser { get; init; } = true;

    /// <summary>The service URL with its final '/', so relative templates and links resolve under it.</summary>
    internal Uri Root => ServiceUrl.AbsoluteUri.EndsWith('/') ? ServiceUrl : new Uri(ServiceUrl.AbsoluteUri + "/");
}
