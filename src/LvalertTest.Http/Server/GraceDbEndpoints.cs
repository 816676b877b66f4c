using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.FakeGraceDb.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LvalertTest.Http.Server;

/// <summary>
/// The real REST paths over a fake store. Every call to the store runs alone (one gate): the store's own lock keeps
/// records whole, the gate keeps its alerts in the order of its writes and lets "was this label new?" be answered
/// without a race. Forms are read in full before the gate, so a broken upload never reaches the store.
/// </summary>
internal sealed partial class GraceDbEndpoints
{
    private readonly FileSystemGraceDb _store;
    private readonly IGraceDb _db;
    private readonly GraceDbServerOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Quotes and angle brackets as themselves: the bodies are JSON for clients and people, never inlined into HTML.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public GraceDbEndpoints(FileSystemGraceDb store, GraceDbServerOptions options)
    {
        _store = store;
        _options = options;
        _db = options.InjectsFaults
            ? new FaultInjectingGraceDb(store, options.Faults, options.FaultRandom ?? throw new ArgumentException("FaultRandom is required to inject faults", nameof(options)), options.FaultClock)
            : store;
    }

    public void Map(IEndpointRouteBuilder app)
    {
        const string Event = "/api/events/{graceid}";
        app.MapGet("/api/", c => Run(c, Root));
        app.MapGet("/api/events/", c => Run(c, ListEvents));
        app.MapPost("/api/events/", c => Run(c, CreateEvent));
        app.MapGet(Event, c => Run(c, ShowEvent));
        app.MapGet(Event + "/log/", c => Run(c, ListLogs));
        app.MapPost(Event + "/log/", c => Run(c, WriteLog));
        app.MapGet(Event + "/log/{n}", c => Run(c, ShowLog));
        app.MapGet(Event + "/labels/", c => Run(c, ListLabels));
        app.MapGet(Event + "/labels/{label}", c => Run(c, ShowLabel));
        app.MapPut(Event + "/labels/{label}", c => Run(c, AddLabel));
        app.MapDelete(Event + "/labels/{label}", c => Run(c, RemoveLabel));
        app.MapGet(Event + "/files/", c => Run(c, ListFiles));
        app.MapGet(Event + "/files/{**filename}", c => Run(c, DownloadFile));
        app.MapGet(Event + "/signoff/", c => Run(c, ListSignoffs));
        app.MapPost(Event + "/signoff/", c => Run(c, CreateSignoff));
        app.MapGet(Event + "/voevent/", c => Run(c, ListVoEvents));
        app.MapPost(Event + "/voevent/", c => Run(c, CreateVoEvent));
        app.MapGet(Event + "/voevent/{n}", c => Run(c, ShowVoEvent));
        app.MapFallback(c => Write(c, Reply.Error(StatusCodes.Status404NotFound, $"no such resource: {c.Request.Method} {c.Request.Path}")));
    }

    /// <summary>Runs a store call alone.</summary>
    private async Task<T> Locked<T>(ApiExchange request, Func<T> call)
    {
        await _gate.WaitAsync(request.Context.RequestAborted).ConfigureAwait(false);
        try
        {
            return call();
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task Run(HttpContext context, Func<ApiExchange, Task<Reply>> endpoint)
    {
        Reply reply;
        try
        {
            reply = await endpoint(new ApiExchange(context)).ConfigureAwait(false);
        }
        catch (GraceDbException e) when (e.StatusCode == GraceDbTransientException.ConnectionReset)
        {
            // An injected reset: the caller sees the connection drop, with no status at all.
            context.Abort();
            return;
        }
        catch (GraceDbException e)
        {
            reply = Reply.Error(e.StatusCode, e.Message, e is GraceDbStoreException ? ApiNames.StoreErrorKind : null);
        }
        catch (BadHttpRequestException e)
        {
            // A malformed or oversized body (413), found while reading the form: nothing was stored.
            reply = Reply.Error(e.StatusCode, e.Message);
        }
        catch (InvalidDataException e)
        {
            reply = Reply.Error(StatusCodes.Status400BadRequest, $"unreadable form: {e.Message}");
        }
        catch (IOException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            // A bug of the fake's, not the caller's: still a JSON body, and the store's commit rule kept it whole.
            reply = Reply.Error(StatusCodes.Status500InternalServerError, $"internal error: {e.Message}");
        }

        await Write(context, reply).ConfigureAwait(false);
    }

    private static async Task Write(HttpContext context, Reply reply)
    {
        HttpResponse response = context.Response;
        response.StatusCode = reply.Status;
        if (reply.Location is not null)
        {
            response.Headers.Location = reply.Location;
        }

        if (reply.Bytes is not null)
        {
            response.ContentType = reply.ContentType ?? "application/octet-stream";
            response.ContentLength = reply.Bytes.Length;
            await response.Body.WriteAsync(reply.Bytes, context.RequestAborted).ConfigureAwait(false);
        }
        else if (reply.Json is not null)
        {
            byte[] body = Encoding.UTF8.GetBytes(reply.Json.ToJsonString(Readable));
            response.ContentType = "application/json";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
