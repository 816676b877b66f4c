using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace LvalertTest.Http.Server;

/// <summary>Logs, labels, files, sign-offs and VOEvents of one event (events use <c>log/</c> and <c>voevent/</c>, singular).</summary>
internal sealed partial class GraceDbEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private async Task<Reply> ListLogs(ApiExchange request)
    {
        GraceId id = request.GraceId;
        IReadOnlyList<LogEntry> logs = await Locked(request, () => _db.Logs(id)).ConfigureAwait(false);
        return Reply.Ok(GraceDbJson.LogList(id, logs, request.ServiceUrl));
    }

    private async Task<Reply> ShowLog(ApiExchange request)
    {
        GraceId id = request.GraceId;
        int n = request.RouteNumber("n");
        IReadOnlyList<LogEntry> logs = await Locked(request, () => _db.Logs(id)).ConfigureAwait(false);
        LogEntry log = logs.FirstOrDefault(l => l.N == n) ?? throw new GraceDbNotFoundException($"event {id} has no log message {n}");
        return Reply.Ok(GraceDbJson.Log(id, log, request.ServiceUrl));
    }

    private async Task<Reply> WriteLog(ApiExchange request)
    {
        GraceId id = request.GraceId;
        await request.ReadFormAsync().ConfigureAwait(false);
        string comment = request.Field("comment") ?? string.Empty;
        IReadOnlyList<string> tags = request.Fields("tagname");
        IFormFile? upload = request.File("upload");
        byte[]? contents = upload is null ? null : await ReadAll(upload, request).ConfigureAwait(false);
        string? user = request.ActingUser;

        LogEntry entry = await Locked(request, () => _db.WriteLog(id, comment, upload?.FileName, contents, tags, user)).ConfigureAwait(false);
        JsonObject body = GraceDbJson.Log(id, entry, request.ServiceUrl);
        return Reply.Created(body, (string?)body["self"]);
    }

    private async Task<Reply> ListLabels(ApiExchange request)
    {
        GraceId id = request.GraceId;
        IReadOnlyList<LabelRecord> labels = await Locked(request, () => _db.Labels(id)).ConfigureAwait(false);
        return Reply.Ok(new JsonObject
        {
            ["links"] = new JsonArray(new JsonObject { ["self"] = $"{request.ServiceUrl}events/{id}/labels/", ["event"] = $"{request.ServiceUrl}events/{id}" }),
            ["labels"] = new JsonArray(labels.Select(l => (JsonNode?)GraceDbJson.Label(id, l, request.ServiceUrl)).ToArray()),
        });
    }

    private async Task<Reply> ShowLabel(ApiExchange request)
    {
        GraceId id = request.GraceId;
        string name = request.Route("label");
        IReadOnlyList<LabelRecord> labels = await Locked(request, () => _db.Labels(id)).ConfigureAwait(false);
        LabelRecord label = labels.FirstOrDefault(l => l.Name == name) ?? throw new GraceDbNotFoundException($"event {id} has no label {name}");
        return Reply.Ok(GraceDbJson.Label(id, label, request.ServiceUrl));
    }

    /// <summary>PUT a label: 201 when it is new, 200 when the event already had it (the server's get_or_create).</summary>
    private async Task<Reply> AddLabel(ApiExchange request)
    {
        GraceId id = request.GraceId;
        string name = request.Route("label");
        string? user = request.ActingUser;
        (LabelRecord label, bool isNew) = await Locked(request, () =>
        {
            bool had = _store.Labels(id).Any(l => l.Name == name);
            return (_db.AddLabel(id, name, user), !had);
        }).ConfigureAwait(false);
        JsonObject body = GraceDbJson.Label(id, label, request.ServiceUrl);
        return isNew ? Reply.Created(body) : Reply.Ok(body);
    }

    private async Task<Reply> RemoveLabel(ApiExchange request)
    {
        GraceId id = request.GraceId;
        string name = request.Route("label");
        await Locked(request, () =>
        {
            _db.RemoveLabel(id, name);
            return true;
        }).ConfigureAwait(false);
        return Reply.NoContent;
    }

    /// <summary>The files endpoint's dict: every version as <c>name,N</c>, and each name alone for its latest version.</summary>
    private async Task<Reply> ListFiles(ApiExchange request)
    {
        GraceId id = request.GraceId;
        IReadOnlyList<FileVersionRecord> files = await Locked(request, () => _db.Files(id)).ConfigureAwait(false);
        string baseUrl = $"{request.ServiceUrl}events/{id}/files/";
        var body = new JsonObject();
        foreach (FileVersionRecord file in files)
        {
            body[file.Reference] = baseUrl + Client.ApiRoot.PathSegment(file.Reference);
        }

        foreach (string name in files.Select(f => f.FileName).Distinct(StringComparer.Ordinal))
        {
            body[name] = baseUrl + Client.ApiRoot.PathSegment(name);
        }

        return Reply.Ok(body);
    }

    private async Task<Reply> DownloadFile(ApiExchange request)
    {
        GraceId id = request.GraceId;
        string reference = request.Route("filename");
        byte[] contents = await Locked(request, () => _db.FileContents(id, reference)).ConfigureAwait(false);

        // The type of the name without its ",N" version suffix.
        string name = reference.Split(',')[0];
        return Reply.File(contents, ContentTypes.TryGetContentType(name, out string? type) ? type : "application/octet-stream");
    }

    private async Task<Reply> ListSignoffs(ApiExchange request)
    {
        GraceId id = request.GraceId;
        IReadOnlyList<SignoffRecord> signoffs = await Locked(request, () => _db.Signoffs(id)).ConfigureAwait(false);
        return Reply.Ok(new JsonObject
        {
            ["signoffs"] = new JsonArray(signoffs.Select(s => (JsonNode?)GraceDbJson.Signoff(s)).ToArray()),
            ["numRows"] = signoffs.Count,
        });
    }

    private async Task<Reply> CreateSignoff(ApiExchange request)
    {
        GraceId id = request.GraceId;
        await request.ReadFormAsync().ConfigureAwait(false);
        SignoffType type = request.RequiredField("signoff_type") switch
        {
            "OP" or "operator" => SignoffType.OP,
            "ADV" or "advocate" => SignoffType.ADV,
            var other => throw new GraceDbValidationException($"signoff_type: '{other}' is not OP or ADV"),
        };
        SignoffStatus status = request.RequiredField("status") switch
        {
            "OK" => SignoffStatus.OK,
            "NO" => SignoffStatus.NO,
            var other => throw new GraceDbValidationException($"status: '{other}' is not OK or NO"),
        };
        string? instrument = request.Field("instrument");
        string comment = request.Field("comment") ?? string.Empty;
        string? user = request.ActingUser;

        SignoffRecord signoff = await Locked(request, () => _db.CreateSignoff(id, type, instrument, status, comment, user)).ConfigureAwait(false);
        return Reply.Created(GraceDbJson.Signoff(signoff));
    }

    private async Task<Reply> ListVoEvents(ApiExchange request)
    {
        GraceId id = request.GraceId;
        IReadOnlyList<VoEventRecord> voevents = await Locked(request, () => _db.VoEvents(id)).ConfigureAwait(false);
        return Reply.Ok(new JsonObject
        {
            ["voevents"] = new JsonArray(voevents.Select(v => (JsonNode?)GraceDbJson.VoEvent(id, v, request.ServiceUrl)).ToArray()),
            ["numRows"] = voevents.Count,
        });
    }

    private async Task<Reply> ShowVoEvent(ApiExchange request)
    {
        GraceId id = request.GraceId;
        int n = request.RouteNumber("n");
        IReadOnlyList<VoEventRecord> voevents = await Locked(request, () => _db.VoEvents(id)).ConfigureAwait(false);
        VoEventRecord voevent = voevents.FirstOrDefault(v => v.N == n) ?? throw new GraceDbNotFoundException($"event {id} has no VOEvent {n}");
        return Reply.Ok(GraceDbJson.VoEvent(id, voevent, request.ServiceUrl));
    }

    private async Task<Reply> CreateVoEvent(ApiExchange request)
    {
        GraceId id = request.GraceId;
        await request.ReadFormAsync().ConfigureAwait(false);
        string code = request.RequiredField("voevent_type");
        var voevent = new VoEventRequest(
            VoEventNaming.TryFromCode(code.ToLowerInvariant()) ?? VoEventNaming.FromCode(code),
            request.Field("skymap_type"),
            request.Field("skymap_filename"),
            request.Flag("internal", absent: true),
            request.Flag("open_alert", absent: false),
            request.Flag("hardware_inj", absent: false));
        string? user = request.ActingUser;

        VoEventRecord created = await Locked(request, () => _db.CreateVoEvent(id, voevent, user)).ConfigureAwait(false);
        JsonObject body = GraceDbJson.VoEvent(id, created, request.ServiceUrl);
        return Reply.Created(body, (string?)body["links"]!["self"]);
    }
}
