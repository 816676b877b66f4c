using System.Text.Json.Nodes;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using Microsoft.AspNetCore.Http;

namespace LvalertTest.Http.Server;

internal sealed partial class GraceDbEndpoints
{
    private Task<Reply> Root(ApiExchange request) =>
        Task.FromResult(Reply.Ok(ApiRootDocument.Build(request.ServiceUrl, _store.Options.Catalog)));

    private async Task<Reply> ListEvents(ApiExchange request)
    {
        EventListPage page = EventListPage.FromQuery(request, _options.PageSize);
        IReadOnlyList<GraceEvent> found = await Locked(request, () => _db.Events(page.Query ?? string.Empty)).ConfigureAwait(false);
        return Reply.Ok(page.Build(found, request.ServiceUrl));
    }

    private async Task<Reply> CreateEvent(ApiExchange request)
    {
        await request.ReadFormAsync().ConfigureAwait(false);
        string group = request.RequiredField("group");
        string pipeline = request.RequiredField("pipeline");
        string? search = request.Field("search");
        bool offline = request.Flag("offline", absent: false);
        IReadOnlyList<string> labels = request.Fields("labels");
        IFormFile file = request.File("eventFile") ?? throw new GraceDbValidationException("eventFile: this field is required (the pipeline's upload)");
        byte[] contents = await ReadAll(file, request).ConfigureAwait(false);
        string? user = request.ActingUser;

        GraceEvent created = await Locked(request, () => _db.CreateEvent(group, pipeline, search, file.FileName, contents, labels, offline, user)).ConfigureAwait(false);
        JsonObject body = GraceDbJson.Event(created, request.ServiceUrl);
        body["warnings"] = new JsonArray();
        return Reply.Created(body, (string?)body["links"]!["self"]);
    }

    private async Task<Reply> ShowEvent(ApiExchange request)
    {
        GraceId id = request.GraceId;
        GraceEvent e = await Locked(request, () => _db.Event(id)).ConfigureAwait(false);
        return Reply.Ok(GraceDbJson.Event(e, request.ServiceUrl));
    }

    private static async Task<byte[]> ReadAll(IFormFile file, ApiExchange request)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, request.Context.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
