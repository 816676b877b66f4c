using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;
using LvalertTest.Http.Server;
using LvalertTest.Http.Tests.Support;

namespace LvalertTest.Http.Tests.Server;

/// <summary>The served fake over raw HTTP: the root document, the real paths and status codes, JSON error bodies.</summary>
public class GraceDbServerTests
{
    private ServedStore _served = null!;

    [SetUp]
    public async Task Serve() => _served = await ServedStore.StartAsync(new GraceDbServerOptions { PageSize = 2, MaxRequestBytes = 64 * 1024 });

    [TearDown]
    public async Task Stop() => await _served.DisposeAsync();

    private HttpClient Http => _served.Http;

    private static MultipartFormDataContent Upload(byte[] contents, string fileField = "eventFile", string fileName = "coinc.xml", params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach ((string name, string value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(contents), fileField, fileName);
        return form;
    }

    private static MultipartFormDataContent NewEvent(string group = "CBC") =>
        Upload(SampleUploads.GstlalCoinc(), fields: [("group", group), ("pipeline", "gstlal"), ("search", "AllSky")]);

    private static async Task<(int Status, JsonNode? Body)> Answer(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Test]
    public async Task Root_HasTheRealLinksTemplatesAndVocabularies()
    {
        (int status, JsonNode? root) = await Answer(await Http.GetAsync("/api/"));
        string api = _served.Server.ServiceUrl.AbsoluteUri;

        Assert.That(status, Is.EqualTo(200));
        Assert.That((string?)root!["links"]!["events"], Is.EqualTo(api + "events/"));
        Assert.That(root["templates"]!.AsObject().Select(kv => $"{kv.Key}={kv.Value}"), Is.SupersetOf(new[]
        {
            $"event-detail-template={api}events/{{graceid}}",
            $"event-log-template={api}events/{{graceid}}/log/",
            $"event-label-template={api}events/{{graceid}}/labels/{{label}}",
            $"files-template={api}events/{{graceid}}/files/{{filename}}",
            $"voevent-list-template={api}events/{{graceid}}/voevent/",
        }));
        Assert.That(root["groups"]!.AsArray().Select(g => (string?)g), Is.EqualTo(GraceDbCatalog.Default.Groups));
        Assert.That(root["labels"]!.AsArray().Select(g => (string?)g), Is.EqualTo(GraceDbCatalog.Default.Labels));
        Assert.That((string?)root["voevent-types"]!["PR"], Is.EqualTo("preliminary"));
    }

    [Test]
    public async Task CreateEvent_Multipart_201WithLocationAndTheEventJson()
    {
        HttpResponseMessage response = await Http.PostAsync("/api/events/", NewEvent());
        (int status, JsonNode? body) = await Answer(response);

        Assert.That(status, Is.EqualTo(201));
        Assert.That(response.Headers.Location, Is.EqualTo(new Uri(_served.Server.ServiceUrl, "events/G000001")));
        Assert.That(((string?)body!["graceid"], (string?)body["created"], (double?)body["far"]), Is.EqualTo(("G000001", "2017-08-17 12:41:04 UTC", 1.1e-14)));
        Assert.That(_served.Store.Logs(GraceId.Parse("G000001")), Has.Count.EqualTo(3));
    }

    [TestCase("POST", "/api/events/", "group=cbc&pipeline=gstlal", 400, "unknown group 'cbc'")]
    [TestCase("POST", "/api/events/", "pipeline=gstlal", 400, "group: this field is required")]
    [TestCase("POST", "/api/events/", "group=CBC&pipeline=gstlal&nofile=1", 400, "eventFile: this field is required (the pipeline's upload)")]
    [TestCase("POST", "/api/events/", "group=CBC&pipeline=gstlal&offline=maybe", 400, "offline: 'maybe' is not a boolean (True or False)")]
    [TestCase("GET", "/api/events/G000042", "", 404, "event G000042 does not exist")]
    [TestCase("GET", "/api/events/S190425z", "", 404, "'S190425z' is not a GraceID")]
    [TestCase("GET", "/api/events/?query=flux%20capacitor", "", 400, "invalid query 'flux capacitor': cannot read 'flux'")]
    [TestCase("GET", "/api/events/?count=0", "", 400, "count: '0' is not a whole number of at least 1")]
    [TestCase("GET", "/api/events/?sort=snr", "", 400, "sort: 'snr' is not one of created, gpstime, far, graceid (with an optional '-')")]
    [TestCase("GET", "/api/events/G000001/files/skymap.fits.gz", "", 404, "event G000001 has no file 'skymap.fits.gz'")]
    [TestCase("GET", "/api/events/G000001/log/99", "", 404, "event G000001 has no log message 99")]
    [TestCase("PUT", "/api/events/G000001/labels/em_ready", "", 400, "unknown label 'em_ready'")]
    [TestCase("DELETE", "/api/events/G000001/labels/DQV", "", 404, "event G000001 has no label DQV")]
    [TestCase("POST", "/api/events/G000001/log/", "tagname=psd", 400, "a log message needs a comment or a file")]
    [TestCase("POST", "/api/events/G000001/signoff/", "signoff_type=OP&instrument=H1&status=OK&comment=x", 409, "event G000001 has no H1OPS label: nobody asked for this sign-off")]
    [TestCase("POST", "/api/events/G000001/signoff/", "signoff_type=OPS&status=OK", 400, "signoff_type: 'OPS' is not OP or ADV")]
    [TestCase("POST", "/api/events/G000001/voevent/", "voevent_type=initial", 400, "a Initial VOEvent needs a sky map file name")]
    [TestCase("POST", "/api/events/G000001/voevent/", "voevent_type=EW", 400, "'EW' is not a VOEvent type (PR, IN, UP, RE)")]
    [TestCase("GET", "/api/superevents/", "", 404, "no such resource: GET /api/superevents/")]
    public async Task BadRequests_GetTheRealStatusAJsonErrorAndWriteNothing(string method, string path, string form, int expectedStatus, string message)
    {
        await Http.PostAsync("/api/events/", NewEvent());
        int alerts = _served.Alerts.Count;
        int logs = _served.Store.Logs(GraceId.Parse("G000001")).Count;
        HttpContent? content = method is "POST" or "PUT" ? FormOf(form, withFile: path == "/api/events/" && !form.Contains("nofile", StringComparison.Ordinal)) : null;

        (int status, JsonNode? body) = await Answer(await Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = content }));

        Assert.That(status, Is.EqualTo(expectedStatus));
        Assert.That((string?)body!["error"], Does.StartWith(message));
        Assert.That(_served.Alerts, Has.Count.EqualTo(alerts), "no alert");
        Assert.That(_served.Store.Events(string.Empty), Has.Count.EqualTo(1), "no event");
        Assert.That(_served.Store.Logs(GraceId.Parse("G000001")), Has.Count.EqualTo(logs), "no log entry");
    }

    private static HttpContent FormOf(string form, bool withFile)
    {
        (string, string)[] fields = form.Length == 0 ? [] : form.Split('&').Select(kv => (kv.Split('=')[0], kv.Split('=')[1])).ToArray();
        return withFile ? Upload(SampleUploads.GstlalCoinc(), fields: fields) : new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)));
    }

    [Test]
    public async Task Labels_Put201ThenPut200_Delete204ThenDelete404()
    {
        await Http.PostAsync("/api/events/", NewEvent());

        int[] statuses =
        [
            (int)(await Http.PutAsync("/api/events/G000001/labels/EM_READY", null)).StatusCode,
            (int)(await Http.PutAsync("/api/events/G000001/labels/EM_READY", null)).StatusCode,
            (int)(await Http.DeleteAsync("/api/events/G000001/labels/EM_READY")).StatusCode,
            (int)(await Http.DeleteAsync("/api/events/G000001/labels/EM_READY")).StatusCode,
        ];

        Assert.That(statuses, Is.EqualTo(new[] { 201, 200, 204, 404 }));
        Assert.That(_served.Alerts.Select(a => a.AlertType).Distinct(), Is.EqualTo(new[] { "new", "label", "label_removed" }));
        Assert.That(_served.Alerts.Count(a => a.AlertType == "label" && a.Node == "cbc_gstlal"), Is.EqualTo(1), "the repeated PUT alerts nobody");
    }

    [Test]
    public async Task EventList_PagesWithLinksNext_AndSorts()
    {
        for (int i = 0; i < 5; i++)
        {
            await Http.PostAsync("/api/events/", NewEvent());
        }

        (_, JsonNode? first) = await Answer(await Http.GetAsync("/api/events/?query=gstlal"));
        (_, JsonNode? last) = await Answer(await Http.GetAsync("/api/events/?query=gstlal&count=2&start=4"));
        (_, JsonNode? sorted) = await Answer(await Http.GetAsync("/api/events/?sort=-graceid&count=3"));
        string api = _served.Server.ServiceUrl.AbsoluteUri;

        Assert.That(first!["events"]!.AsArray().Select(e => (string?)e!["graceid"]), Is.EqualTo(new[] { "G000001", "G000002" }));
        Assert.That((int?)first["numRows"], Is.EqualTo(5));
        Assert.That((string?)first["links"]!["next"], Is.EqualTo(api + "events/?query=gstlal&count=2&start=2"));
        Assert.That((string?)first["links"]!["last"], Is.EqualTo(api + "events/?query=gstlal&count=2&start=4"));
        Assert.That(last!["events"]!.AsArray().Select(e => (string?)e!["graceid"]), Is.EqualTo(new[] { "G000005" }));
        Assert.That(last["links"]!["next"], Is.Null);
        Assert.That(sorted!["events"]!.AsArray().Select(e => (string?)e!["graceid"]), Is.EqualTo(new[] { "G000005", "G000004", "G000003" }));
    }

    [Test]
    public async Task Files_ListEveryVersionAndLatest_DownloadByNameOrVersion()
    {
        await Http.PostAsync("/api/events/", NewEvent());
        await Http.PostAsync("/api/events/G000001/log/", Upload("v0"u8.ToArray(), "upload", "notes.txt", ("comment", "first")));
        await Http.PostAsync("/api/events/G000001/log/", Upload("v1"u8.ToArray(), "upload", "notes.txt", ("comment", "second")));

        (_, JsonNode? files) = await Answer(await Http.GetAsync("/api/events/G000001/files/"));
        HttpResponseMessage latest = await Http.GetAsync("/api/events/G000001/files/notes.txt");
        string first = await Http.GetStringAsync("/api/events/G000001/files/notes.txt,0");

        Assert.That(files!.AsObject().Select(kv => kv.Key), Is.EqualTo(new[] { "coinc.xml,0", "event.log,0", "coinc.xml,1", "notes.txt,0", "notes.txt,1", "coinc.xml", "event.log", "notes.txt" }));
        Assert.That((string?)files["notes.txt,1"], Is.EqualTo(_served.Server.ServiceUrl.AbsoluteUri + "events/G000001/files/notes.txt,1"));
        Assert.That((await latest.Content.ReadAsStringAsync(), latest.Content.Headers.ContentType?.MediaType), Is.EqualTo(("v1", "text/plain")));
        Assert.That(first, Is.EqualTo("v0"));
    }

    [Test]
    public async Task ActingUser_TheHeaderElseTheBasicAuthName_ElseTheStoreDefault()
    {
        await Http.PostAsync("/api/events/", NewEvent());
        var basic = new HttpRequestMessage(HttpMethod.Post, "/api/events/G000001/log/") { Content = new FormUrlEncodedContent([KeyValuePair.Create("comment", "by basic auth")]) };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("marie.curie:pw")));
        var header = new HttpRequestMessage(HttpMethod.Post, "/api/events/G000001/log/") { Content = new FormUrlEncodedContent([KeyValuePair.Create("comment", "by header")]) };
        header.Headers.Authorization = basic.Headers.Authorization;
        header.Headers.Add(ApiNames.ActingUserHeader, "gstlal-bot");

        await Http.SendAsync(basic);
        await Http.SendAsync(header);

        Assert.That(_served.Store.Logs(GraceId.Parse("G000001")).Select(l => l.Issuer), Is.EqualTo(new[] { "lvalerttest@ligo.org", "lvalerttest@ligo.org", "lvalerttest@ligo.org", "marie.curie", "gstlal-bot" }));
    }

    [Test]
    public async Task JsonBodiesAreRead_OtherMediaTypesAre415()
    {
        await Http.PostAsync("/api/events/", NewEvent());

        (int json, JsonNode? log) = await Answer(await Http.PostAsync("/api/events/G000001/log/", new StringContent("""{"comment": "from gracedb-sdk", "tagname": ["sky_loc", "lvem"]}""", Encoding.UTF8, "application/json")));
        (int text, JsonNode? error) = await Answer(await Http.PostAsync("/api/events/G000001/log/", new StringContent("comment=hi", Encoding.UTF8, "text/plain")));

        Assert.That((json, (string?)log!["comment"], log["tag_names"]!.ToJsonString()), Is.EqualTo((201, "from gracedb-sdk", """["sky_loc","lvem"]""")));
        Assert.That((text, (string?)error!["error"]), Is.EqualTo((415, "unsupported media type 'text/plain; charset=utf-8' (send multipart/form-data, application/x-www-form-urlencoded or application/json)")));
    }

    [Test]
    public async Task AnUploadOverTheLimit_Is413_AndStoresNothing()
    {
        // Expect: 100-continue, so the refusal comes before the body is sent: otherwise the server may close the
        // connection while the client is still writing, and the client sees a broken pipe instead of the 413.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events/") { Content = Upload(new byte[100 * 1024], fields: [("group", "CBC"), ("pipeline", "gstlal")]) };
        request.Headers.ExpectContinue = true;
        HttpResponseMessage response = await Http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(413));
        Assert.That(_served.Store.Events(string.Empty), Is.Empty);
        Assert.That(_served.Alerts, Is.Empty);
    }
}
