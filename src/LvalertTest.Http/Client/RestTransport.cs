using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Http.Client;

/// <summary>A successful answer: its status and body.</summary>
internal sealed record RestResponse(int Status, byte[] Body, Uri Url)
{
    /// <summary>The body as JSON; a success that is not JSON is the server breaking the protocol.</summary>
    public JsonNode Json()
    {
        try
        {
            return JsonNode.Parse(Body) ?? throw new JsonException("the body is JSON null");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{Url}: HTTP {Status} answered with a body that is not JSON ({e.Message})", e);
        }
    }

    public JsonObject JsonObject() =>
        Json() as JsonObject ?? throw new FormatException($"{Url}: HTTP {Status} answered with JSON that is not an object");
}

/// <summary>
/// Sends one logical call: credentials on every attempt, a fresh body per attempt (content cannot be sent twice),
/// retries of transient failures with the policy's backoff, and any other failure mapped to its typed exception.
/// Synchronous, as <see cref="IGraceDb"/> is.
/// </summary>
internal sealed class RestTransport(HttpClient http, GraceDbRestClientOptions options)
{
    private readonly RetryPolicy _retry = options.Retry.Validated();

    public RestResponse Send(HttpMethod method, Uri url, Func<HttpContent>? content = null, string? actingUser = null)
    {
        for (int attempt = 0; ; attempt++)
        {
            (RestResponse? answer, GraceDbException? failure, TimeSpan? retryAfter) = Attempt(method, url, content, actingUser);
            if (answer is not null)
            {
                return answer;
            }

            if (attempt >= _retry.MaxRetries || !_retry.IsRetryable(failure!.StatusCode) || GraceDbErrors.IsPermanentServerError(failure))
            {
                throw failure!;
            }

            Wait(_retry.DelayBefore(attempt + 1, retryAfter));
        }
    }

    private (RestResponse?, GraceDbException?, TimeSpan?) Attempt(HttpMethod method, Uri url, Func<HttpContent>? content, string? actingUser)
    {
        try
        {
            using var request = new HttpRequestMessage(method, url) { Content = content?.Invoke() };
            options.Credentials.Apply(request);
            if (actingUser is not null && options.SendActingUser)
            {
                request.Headers.TryAddWithoutValidation(ApiNames.ActingUserHeader, actingUser);
            }

            using HttpResponseMessage response = http.Send(request, HttpCompletionOption.ResponseContentRead);
            byte[] body = ReadBody(response);
            int status = (int)response.StatusCode;
            return status < 400
                ? (new RestResponse(status, body, url), null, null)
                : (null, GraceDbErrors.FromResponse(status, response.ReasonPhrase, body), RetryAfter(response.Headers.RetryAfter));
        }
        catch (HttpRequestException e)
        {
            return (null, Reset(method, url, e), null);
        }
        catch (IOException e)
        {
            return (null, Reset(method, url, e), null);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            return (null, new GraceDbTransientException(408, $"{method} {url}: no answer within {http.Timeout.TotalSeconds:0.#} s"), null);
        }
    }

    private static byte[] ReadBody(HttpResponseMessage response)
    {
        using Stream stream = response.Content.ReadAsStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static GraceDbTransientException Reset(HttpMethod method, Uri url, Exception e) =>
        new(GraceDbTransientException.ConnectionReset, $"{method} {url}: the connection failed ({e.Message})");

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - options.TimeProvider.GetUtcNow(),
        _ => null,
    };

    private void Wait(TimeSpan delay)
    {
        if (options.Wait is { } wait)
        {
            wait(delay);
        }
        else if (delay > TimeSpan.Zero)
        {
            Task.Delay(delay, options.TimeProvider).GetAwaiter().GetResult();
        }
    }
}
