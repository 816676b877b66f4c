using System.Net;
using System.Net.Http.Headers;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.Http.Auth;
using LvalertTest.Http.Client;
using LvalertTest.Http.Tests.Support;

namespace LvalertTest.Http.Tests.Client;

/// <summary>The client against a scripted handler: retries and backoff, error mapping, paging, templates, credentials.</summary>
public class GraceDbRestClientTests
{
    private const string EventJson = """{"graceid": "G000001", "group": "CBC", "pipeline": "gstlal", "created": "2017-08-17 12:41:04 UTC", "labels": []}""";
    private static readonly GraceId G1 = GraceId.Parse("G000001");
    private ScriptedHandler _handler = null!;
    private List<TimeSpan> _waits = null!;

    [SetUp]
    public void CreateHandler()
    {
        _handler = new ScriptedHandler();
        _waits = [];
    }

    [TearDown]
    public void DisposeHandler() => _handler.Dispose();

    private GraceDbRestClient Client(RetryPolicy? retry = null, GraceDbCredentials? credentials = null, bool sendActingUser = true) =>
        new(new HttpClient(_handler), new GraceDbRestClientOptions
        {
            ServiceUrl = new Uri(ScriptedHandler.Service),
            Retry = retry ?? RetryPolicy.Default,
            Credentials = credentials ?? GraceDbCredentials.None,
            Wait = _waits.Add,
            SendActingUser = sendActingUser,
        });

    private string[] CallsAfterRoot => _handler.Requests.Skip(1).Select(r => $"{r.Method} {r.Url}").ToArray();

    [Test]
    public void TransientFailures_AreRetriedWithBackoff_HonouringRetryAfter()
    {
        _handler.Then(HttpStatusCode.ServiceUnavailable, """{"error": "down for maintenance"}""")
            .Then(HttpStatusCode.TooManyRequests, "", adjust: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            .ThenReset()
            .Then(HttpStatusCode.OK, EventJson);

        GraceEvent e = Client().Event(G1);

        Assert.That(e.GraceId, Is.EqualTo(G1));
        Assert.That(_waits, Is.EqualTo(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(4) }));
        Assert.That(CallsAfterRoot, Has.Length.EqualTo(4).And.All.EqualTo("GET https://gracedb.test/api/events/G000001"));
    }

    [Test]
    public void TransientFailures_PastTheRetries_ReachTheCallerWithTheServersMessage()
    {
        for (int i = 0; i < 3; i++)
        {
            _handler.Then(HttpStatusCode.BadGateway, """{"detail": "upstream went away"}""");
        }

        var error = Assert.Throws<GraceDbTransientException>(() => Client(new RetryPolicy { MaxRetries = 2 }).Event(G1));

        Assert.That((error!.StatusCode, error.Message, error.IsTransient), Is.EqualTo((502, "upstream went away", true)));
        Assert.That(CallsAfterRoot, Has.Length.EqualTo(3));
        Assert.That(_waits, Has.Count.EqualTo(2));
    }

    [Test]
    public void ConnectionResets_PastTheRetries_AreTransientWithTheResetStatus()
    {
        _handler.ThenReset();

        var error = Assert.Throws<GraceDbTransientException>(() => Client(RetryPolicy.None).Event(G1));

        Assert.That(error!.StatusCode, Is.EqualTo(GraceDbTransientException.ConnectionReset));
        Assert.That(error.Message, Does.Contain("Connection reset by peer"));
    }

    [TestCase(HttpStatusCode.BadRequest, """{"error": "unknown group 'cbc'"}""", typeof(GraceDbValidationException), "unknown group 'cbc'")]
    [TestCase(HttpStatusCode.BadRequest, """{"errors": ["group: Select a valid choice.", "eventFile: This field is required."]}""", typeof(GraceDbValidationException), "group: Select a valid choice.; eventFile: This field is required.")]
    [TestCase(HttpStatusCode.NotFound, "Event not found.", typeof(GraceDbNotFoundException), "Event not found.")]
    [TestCase(HttpStatusCode.NotFound, "\"Log does not exist.\"", typeof(GraceDbNotFoundException), "Log does not exist.")]
    [TestCase(HttpStatusCode.Conflict, """{"detail": "already signed off"}""", typeof(GraceDbConflictException), "already signed off")]
    [TestCase(HttpStatusCode.Forbidden, "You don't have permission on this pipeline.", typeof(GraceDbRequestRefusedException), "You don't have permission on this pipeline.")]
    [TestCase(HttpStatusCode.Unauthorized, "", typeof(GraceDbRequestRefusedException), "HTTP 401 Unauthorized")]
    [TestCase(HttpStatusCode.InternalServerError, """{"error": "log.jsonl: line 2 is corrupt", "kind": "store"}""", typeof(GraceDbStoreException), "log.jsonl: line 2 is corrupt")]
    public void ErrorStatuses_MapToTheFakesExceptions_WithoutRetrying(HttpStatusCode status, string body, Type expected, string message)
    {
        _handler.Then(status, body, body.StartsWith('{') || body.StartsWith('"') ? "application/json" : "text/plain");

        var error = Assert.Throws(Is.InstanceOf<GraceDbException>(), () => Client().Event(G1)) as GraceDbException;

        Assert.That(error, Is.TypeOf(expected));
        Assert.That((error!.StatusCode, error.Message), Is.EqualTo(((int)status, message)));
        Assert.That(_waits, Is.Empty);
    }

    [Test]
    public void AnHtmlErrorPage_GivesTheStatusLine()
    {
        _handler.Then(HttpStatusCode.ServiceUnavailable, "<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html");

        var error = Assert.Throws<GraceDbTransientException>(() => Client(RetryPolicy.None).Event(G1));

        Assert.That(error!.Message, Is.EqualTo("HTTP 503 Service Unavailable"));
    }

    [Test]
    public void Events_FollowsLinksNext_AndReadsTheRootOnce()
    {
        string Page(string ids, string? next) =>
            "{\"events\": [" + string.Join(',', ids.Split(' ').Select(id => EventJson.Replace("G000001", id, StringComparison.Ordinal)))
            + "], \"numRows\": 5, \"links\": {" + (next is null ? string.Empty : $"\"next\": \"{next}\"") + "}}";
        _handler.Then(HttpStatusCode.OK, Page("G000001 G000002", "https://gracedb.test/api/events/?query=gstlal&count=2&start=2"))
            .Then(HttpStatusCode.OK, Page("G000003 G000004", "https://gracedb.test/api/events/?query=gstlal&count=2&start=4"))
            .Then(HttpStatusCode.OK, Page("G000005", null));
        using GraceDbRestClient client = Client();

        IReadOnlyList<GraceEvent> events = client.Events("gstlal");

        Assert.That(events.Select(e => e.GraceId.ToString()), Is.EqualTo(new[] { "G000001", "G000002", "G000003", "G000004", "G000005" }));
        Assert.That(_handler.Requests.Select(r => r.Url).Take(4), Is.EqualTo(new[]
        {
            "https://gracedb.test/api/",
            "https://gracedb.test/api/events/?query=gstlal",
            "https://gracedb.test/api/events/?query=gstlal&count=2&start=2",
            "https://gracedb.test/api/events/?query=gstlal&count=2&start=4",
        }));
        Assert.That(_handler.Requests.Count(r => r.Url == ScriptedHandler.Service), Is.EqualTo(1));
    }

    [Test]
    public void Urls_ComeFromTheRootsTemplates_NotAFixedLayout()
    {
        _handler.RootDocument = """
            {"links": {"events": "https://elsewhere.test/v9/ev/"},
             "templates": {"event-detail-template": "https://elsewhere.test/v9/ev/{graceid}/detail",
                           "event-label-template": "https://elsewhere.test/v9/ev/{graceid}/lab/{label}"}}
            """;
        _handler.Then(HttpStatusCode.OK, EventJson).Then(HttpStatusCode.NoContent);
        using GraceDbRestClient client = Client();

        client.Event(G1);
        client.RemoveLabel(G1, "EM_READY");

        Assert.That(CallsAfterRoot, Is.EqualTo(new[] { "GET https://elsewhere.test/v9/ev/G000001/detail", "DELETE https://elsewhere.test/v9/ev/G000001/lab/EM_READY" }));
    }

    [Test]
    public void Credentials_GoOnEveryRequest_AndTheActingUserOnWrites()
    {
        _handler.Then(HttpStatusCode.Created, """{"name": "EM_READY", "creator": "approval-processor", "created": "2017-08-17 12:41:04 UTC"}""");

        LabelRecord label = Client(credentials: new BasicCredentials("albert.einstein", "s3cret")).AddLabel(G1, "EM_READY", "approval-processor");

        Assert.That(label.Creator, Is.EqualTo("approval-processor"));
        Assert.That(_handler.Requests.Select(r => r.Authorization), Is.All.EqualTo("Basic YWxiZXJ0LmVpbnN0ZWluOnMzY3JldA=="));
        Assert.That(_handler.Requests.Select(r => r.ActingUser), Is.EqualTo(new[] { null, "approval-processor" }));
    }

    [Test]
    public void BearerToken_AndNoActingUserWhenSwitchedOff()
    {
        _handler.Then(HttpStatusCode.Created, """{"name": "DQV", "creator": "me", "created": "2017-08-17 12:41:04 UTC"}""");

        Client(credentials: new BearerToken("  abc.def.ghi\n"), sendActingUser: false).AddLabel(G1, "DQV", "approval-processor");

        Assert.That(_handler.Requests.Select(r => r.Authorization), Is.All.EqualTo("Bearer abc.def.ghi"));
        Assert.That(_handler.Requests.Select(r => r.ActingUser), Is.All.Null);
        Assert.That(new BearerToken("abc.def.ghi").ToString(), Does.Not.Contain("abc"), "a token never reaches a log");
    }

    [Test]
    public void WriteLog_UploadsAMultipartForm_WithTheRealFieldNames()
    {
        _handler.Then(HttpStatusCode.Created, """{"N": 4, "comment": "psd", "created": "2017-08-17 12:41:04 UTC", "issuer": "gstlal", "filename": "psd.xml.gz", "file_version": 0, "tag_names": ["psd"]}""");

        LogEntry entry = Client().WriteLog(G1, "psd", "psd.xml.gz", "PSD-BYTES"u8.ToArray(), ["psd", "lvem"]);

        RecordedRequest post = _handler.Requests[^1];
        Assert.That(entry.FileReference, Is.EqualTo("psd.xml.gz,0"));
        Assert.That(post.Url, Is.EqualTo("https://gracedb.test/api/events/G000001/log/"));
        Assert.That(post.Body, Does.Contain("name=comment").And.Contain("name=tagname").And.Contain("name=upload; filename=psd.xml.gz").And.Contain("PSD-BYTES"));
        Assert.Throws<GraceDbValidationException>(() => Client().WriteLog(G1, "x", "a.txt", null));
        Assert.Throws<GraceDbValidationException>(() => Client().WriteLog(G1, "x", null, [1]));
    }
}
