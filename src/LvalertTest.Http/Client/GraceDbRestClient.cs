using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Http.Client;

/// <summary>
/// <see cref="IGraceDb"/> over GraceDb's REST API, for the real service or the served fake alike. It reads the API
/// root first and builds every URL from its links and templates, follows <c>links.next</c> through paged event lists,
/// uploads files as multipart forms (<c>eventFile</c>, <c>upload</c>), retries transient failures, and throws the
/// typed exceptions the fake throws for the same failures.
/// </summary>
public sealed class GraceDbRestClient : IGraceDb, IDisposable
{
    private readonly RestTransport _transport;
    private readonly GraceDbRestClientOptions _options;
    private readonly HttpClient? _ownedHttp;
    private readonly Lock _rootGate = new();
    private ApiRoot? _root;

    /// <summary>A client over an HttpClient the caller owns (and may share).</summary>
    public GraceDbRestClient(HttpClient http, GraceDbRestClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _transport = new RestTransport(http, options);
    }

    private GraceDbRestClient(HttpClient owned, GraceDbRestClientOptions options, bool owns)
        : this(owned, options) => _ownedHttp = owns ? owned : null;

    public Uri ServiceUrl => _options.Root;

    /// <summary>A client with its own HttpClient (disposed with the client).</summary>
    public static GraceDbRestClient Create(GraceDbRestClientOptions options, TimeSpan? timeout = null)
    {
        var http = new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        return new GraceDbRestClient(http, options, owns: true);
    }

    public void Dispose() => _ownedHttp?.Dispose();

    public GraceEvent CreateEvent(string group, string pipeline, string? search, string fileName, byte[] fileContents, IReadOnlyList<string>? labels = null, bool offline = false, string? submitter = null)
    {
        ArgumentNullException.ThrowIfNull(fileContents);
        HttpContent Form()
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(group), "group" },
                { new StringContent(pipeline), "pipeline" },
                { new StringContent(offline ? "True" : "False"), "offline" },
            };
            if (search is not null)
            {
                form.Add(new StringContent(search), "search");
            }

            foreach (string label in labels ?? [])
            {
                form.Add(new StringContent(label), "labels");
            }

            form.Add(FilePart(fileContents), "eventFile", fileName);
            return form;
        }

        return GraceDbJson.ReadEvent(_transport.Send(HttpMethod.Post, Root.Link("events"), Form, submitter).JsonObject());
    }

    public GraceEvent Event(GraceId graceId) =>
        GraceDbJson.ReadEvent(Get(Root.Expand(ApiNames.EventDetailTemplate, Id(graceId))).JsonObject());

    public IReadOnlyList<GraceEvent> Events(string query)
    {
        var events = new List<GraceEvent>();
        Uri? page = string.IsNullOrWhiteSpace(query)
            ? Root.Link("events")
            : new Uri(Root.Link("events").AbsoluteUri + "?query=" + Uri.EscapeDataString(query));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (page is not null)
        {
            if (!seen.Add(page.AbsoluteUri))
            {
                throw new FormatException($"{page}: the event list's links.next leads back to a page already read");
            }

            JsonObject body = Get(page).JsonObject();
            JsonArray list = body["events"] as JsonArray ?? throw new FormatException($"{page}: the event list has no 'events' array");
            events.AddRange(list.Select((e, i) => GraceDbJson.ReadEvent(e as JsonObject ?? throw new FormatException($"{page}: events[{i}] is not an object"))));
            page = (string?)body["links"]?["next"] is { Length: > 0 } next ? new Uri(next) : null;
        }

        return events;
    }

    public LogEntry WriteLog(GraceId graceId, string comment, string? fileName = null, byte[]? fileContents = null, IReadOnlyList<string>? tagNames = null, string? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(comment);

        // A multipart file part always has both a name and contents: the mismatch is refused here, as the fake does.
        if (fileName is not null && fileContents is null)
        {
            throw new GraceDbValidationException($"no contents given for the file '{fileName}'");
        }

        if (fileName is null && fileContents is not null)
        {
            throw new GraceDbValidationException("file contents given without a file name");
        }

        HttpContent Form()
        {
            var form = new MultipartFormDataContent { { new StringContent(comment), "comment" } };
            foreach (string tag in tagNames ?? [])
            {
                form.Add(new StringContent(tag), "tagname");
            }

            if (fileName is not null)
            {
                form.Add(FilePart(fileContents!), "upload", fileName);
            }

            return form;
        }

        return GraceDbJson.ReadLog(_transport.Send(HttpMethod.Post, Root.Expand(ApiNames.EventLogTemplate, Id(graceId)), Form, issuer).JsonObject());
    }

    public IReadOnlyList<LogEntry> Logs(GraceId graceId) =>
        GraceDbJson.ReadLogList(Get(Root.Expand(ApiNames.EventLogTemplate, Id(graceId))).Json());

    public IReadOnlyList<LabelRecord> Labels(GraceId graceId)
    {
        RestResponse response = Get(LabelUrl(graceId, string.Empty));
        return List(response, "labels").Select(GraceDbJson.ReadLabel).ToList();
    }

    public LabelRecord AddLabel(GraceId graceId, string label, string? creator = null) =>
        GraceDbJson.ReadLabel(_transport.Send(HttpMethod.Put, LabelUrl(graceId, label), actingUser: creator).JsonObject());

    public void RemoveLabel(GraceId graceId, string label) => _transport.Send(HttpMethod.Delete, LabelUrl(graceId, label));

    /// <summary>
    /// Every file version, oldest first, read from the log (each upload is a log entry with its name and version):
    /// the files endpoint answers a name→URL dict in no particular order. Lengths are not in the API, so -1.
    /// </summary>
    public IReadOnlyList<FileVersionRecord> Files(GraceId graceId) =>
        Logs(graceId).Where(l => l.FileVersion.HasValue).Select(l => new FileVersionRecord(l.FileName, l.FileVersion!.Value, -1)).ToList();

    public byte[] FileContents(GraceId graceId, string fileReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileReference);
        return Get(Root.Expand(ApiNames.FilesTemplate, Id(graceId), ("filename", fileReference))).Body;
    }

    public SignoffRecord CreateSignoff(GraceId graceId, SignoffType signoffType, string? instrument, SignoffStatus status, string comment, string? submitter = null)
    {
        ArgumentNullException.ThrowIfNull(comment);
        HttpContent Form()
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new("signoff_type", signoffType.ToString()),
                new("status", status.ToString()),
                new("comment", comment),
            };
            if (instrument is not null)
            {
                fields.Add(new("instrument", instrument));
            }

            return new FormUrlEncodedContent(fields);
        }

        RestResponse response = _transport.Send(HttpMethod.Post, Root.Expand(ApiNames.SignoffListTemplate, Id(graceId)), Form, submitter);
        return GraceDbJson.ReadSignoff(response.JsonObject());
    }

    public IReadOnlyList<SignoffRecord> Signoffs(GraceId graceId) =>
        List(Get(Root.Expand(ApiNames.SignoffListTemplate, Id(graceId))), "signoffs").Select(GraceDbJson.ReadSignoff).ToList();

    public VoEventRecord CreateVoEvent(GraceId graceId, VoEventRequest request, string? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        HttpContent Form()
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new("voevent_type", VoEventNaming.Code(request.VoEventType)),
                new("internal", PythonBool(request.Internal)),
                new("open_alert", PythonBool(request.OpenAlert)),
                new("hardware_inj", PythonBool(request.HardwareInjection)),
            };
            if (request.SkymapType is not null)
            {
                fields.Add(new("skymap_type", request.SkymapType));
            }

            if (request.SkymapFileName is not null)
            {
                fields.Add(new("skymap_filename", request.SkymapFileName));
            }

            return new FormUrlEncodedContent(fields);
        }

        RestResponse response = _transport.Send(HttpMethod.Post, Root.Expand(ApiNames.VoEventListTemplate, Id(graceId)), Form, issuer);
        return GraceDbJson.ReadVoEvent(response.JsonObject());
    }

    public IReadOnlyList<VoEventRecord> VoEvents(GraceId graceId) =>
        List(Get(Root.Expand(ApiNames.VoEventListTemplate, Id(graceId))), "voevents").Select(GraceDbJson.ReadVoEvent).ToList();

    /// <summary>The API root, read once (the official client does the same before its first call).</summary>
    private ApiRoot Root
    {
        get
        {
            lock (_rootGate)
            {
                return _root ??= ApiRoot.Read(Get(_options.Root).Json(), _options.Root.AbsoluteUri);
            }
        }
    }

    private RestResponse Get(Uri url) => _transport.Send(HttpMethod.Get, url);

    private Uri LabelUrl(GraceId graceId, string label) => Root.Expand(ApiNames.EventLabelTemplate, Id(graceId), ("label", label));

    private static (string, string) Id(GraceId graceId) => ("graceid", graceId.ToString());

    private static ByteArrayContent FilePart(byte[] contents)
    {
        var part = new ByteArrayContent(contents);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return part;
    }

    /// <summary>The official client sends booleans as Python's str(bool); the server reads both spellings.</summary>
    private static string PythonBool(bool value) => value ? "True" : "False";

    private static IEnumerable<JsonObject> List(RestResponse response, string field)
    {
        JsonObject body = response.JsonObject();
        JsonArray list = body[field] as JsonArray ?? throw new FormatException($"{response.Url}: the answer has no '{field}' array");
        return list.Select((item, i) => item as JsonObject ?? throw new FormatException($"{response.Url}: {field}[{i}] is not an object"));
    }
}
