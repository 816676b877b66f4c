using System.Net;
using LvalertTest.FakeGraceDb;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LvalertTest.Http.Server;

/// <summary>
/// A fake GraceDb store served over the real REST API on 127.0.0.1 (Kestrel, minimal APIs). Start it, read
/// <see cref="ServiceUrl"/>, point a <c>GraceDbRestClient</c>, curl or the official Python client at it, dispose it to
/// stop. The store stays the caller's: the server neither opens nor disposes it.
/// </summary>
public sealed class GraceDbServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private GraceDbServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The API root, <c>http://127.0.0.1:PORT/api/</c>.</summary>
    public Uri ServiceUrl => new(BaseUrl, "api/");

    public int Port => BaseUrl.Port;

    public static async Task<GraceDbServer> StartAsync(FileSystemGraceDb store, GraceDbServerOptions? options = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new GraceDbServerOptions();
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "the port must be 0 (any free one) to 65535");
        }

        if (options.PageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PageSize, "the page size must be at least 1");
        }

        var endpoints = new GraceDbEndpoints(store, options);

        // No args, no content root files, no logging providers: the server's behaviour depends on its options only.
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxRequestBytes);
        WebApplication app = builder.Build();
        endpoints.Map(app);
        try
        {
            await app.StartAsync(cancel).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GraceDbServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Completes when the server is stopped (or <paramref name="cancel"/> fires, which stops it).</summary>
    public async Task RunUntilAsync(CancellationToken cancel)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancel).ConfigureAwait(false); // wall-clock: only waits for the stop signal, reads no time
        }
        catch (OperationCanceledException)
        {
            // The normal way out.
        }

        await DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
