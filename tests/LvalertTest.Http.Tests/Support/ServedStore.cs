using LvalertTest.Core.Alerts;
using LvalertTest.FakeGraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;
using LvalertTest.Http.Client;
using LvalertTest.Http.Server;

namespace LvalertTest.Http.Tests.Support;

/// <summary>An in-memory store on a manual clock, served on 127.0.0.1:0, with a raw HttpClient and a REST client for it.</summary>
internal sealed class ServedStore : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);

    private ServedStore(FileSystemGraceDb store, GraceDbServer server, ManualClock clock, List<Alert> alerts)
    {
        Store = store;
        Server = server;
        Clock = clock;
        Alerts = alerts;
        Http = new HttpClient { BaseAddress = server.BaseUrl };
    }

    public FileSystemGraceDb Store { get; }

    public GraceDbServer Server { get; }

    public ManualClock Clock { get; }

    public List<Alert> Alerts { get; }

    public HttpClient Http { get; }

    public static async Task<ServedStore> StartAsync(GraceDbServerOptions? options = null)
    {
        var clock = new ManualClock(Start);
        var alerts = new List<Alert>();
        FileSystemGraceDb store = FileSystemGraceDb.InMemory(new FakeGraceDbOptions { TimeProvider = clock });
        store.Subscribe(new Collect(alerts));
        GraceDbServer server = await GraceDbServer.StartAsync(store, options);
        return new ServedStore(store, server, clock, alerts);
    }

    public GraceDbRestClient Client(RetryPolicy? retry = null, Action<TimeSpan>? wait = null) =>
        new(Http, new GraceDbRestClientOptions { ServiceUrl = Server.ServiceUrl, Retry = retry ?? RetryPolicy.None, Wait = wait });

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Store.Dispose();
    }

    private sealed class Collect(List<Alert> alerts) : IAlertPublisher
    {
        public void Publish(Alert alert) => alerts.Add(alert);
    }
}
