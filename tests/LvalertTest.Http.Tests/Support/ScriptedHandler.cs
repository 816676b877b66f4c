using System.Net;
using System.Text;

namespace LvalertTest.Http.Tests.Support;

/// <summary>
/// An HttpMessageHandler that answers from a script: the API root for the root URL, then the queued answers in order
/// (an answer may be an exception, for a reset connection). Records every request with its headers and body.
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    public const string Service = "https://gracedb.test/api/";
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();

    public string RootDocument { get; set; } = DefaultRoot(Service);

    public List<RecordedRequest> Requests { get; } = [];

    public static string DefaultRoot(string service) =>
        ("""{"links": {"events": "SVC/events/", "self": "SVC/"}, "templates": {"event-detail-template": "SVC/events/{graceid}", """
        + """ "event-log-template": "SVC/events/{graceid}/log/", "event-label-template": "SVC/events/{graceid}/labels/{label}", """
        + """ "files-template": "SVC/events/{graceid}/files/{filename}", "voevent-list-template": "SVC/events/{graceid}/voevent/", """
        + """ "signoff-list-template": "SVC/events/{graceid}/signoff/"}}""")
        .Replace("SVC/", service, StringComparison.Ordinal);

    public ScriptedHandler Then(HttpStatusCode status, string body = "", string contentType = "application/json", Action<HttpResponseMessage>? adjust = null)
    {
        _answers.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
            adjust?.Invoke(response);
            return response;
        });
        return this;
    }

    public ScriptedHandler ThenReset()
    {
        _answers.Enqueue(_ => throw new HttpRequestException("Connection reset by peer", new IOException("reset")));
        return this;
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(RecordedRequest.Of(request));
        if (request.RequestUri!.AbsoluteUri == Service)
        {
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(RootDocument, Encoding.UTF8, "application/json") };
        }

        return _answers.Count > 0 ? _answers.Dequeue()(request) : throw new InvalidOperationException($"no scripted answer for {request.Method} {request.RequestUri}");
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));
}

internal sealed record RecordedRequest(string Method, string Url, string? Authorization, string? ActingUser, string Body)
{
    public static RecordedRequest Of(HttpRequestMessage request) => new(
        request.Method.Method,
        request.RequestUri!.AbsoluteUri,
        request.Headers.Authorization?.ToString(),
        request.Headers.TryGetValues(ApiNames.ActingUserHeader, out IEnumerable<string>? users) ? users.Single() : null,
        request.Content is null ? string.Empty : request.Content.ReadAsStringAsync().GetAwaiter().GetResult());
}
