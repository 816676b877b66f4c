using LvalertTest.FakeGraceDb;
using LvalertTest.Http.Client;

namespace LvalertTest.Http.Server;

/// <summary>
/// A store served over GraceDb's REST API on 127.0.0.1, and a REST client to it, for simulations and replays whose
/// supervisor should reach GraceDb over real sockets, as it would the real service, while the simulation keeps its
/// virtual clock. The caller waits for each answer, so the store still sees one call at a time.
/// </summary>
public sealed class ServedGraceDb : IDisposable
{
    private readonly GraceDbServer _server;

    private ServedGraceDb(GraceDbServer server, GraceDbRestClient client)
    {
        _server = server;
        Client = client;
    }

    public GraceDbRestClient Client { get; }

    public static ServedGraceDb Start(FileSystemGraceDb store)
    {
        GraceDbServer server = GraceDbServer.StartAsync(store).GetAwaiter().GetResult();

        // No retries: a retry's backoff would wait on a clock that cannot move while the kernel waits for the answer.
        var client = GraceDbRestClient.Create(new GraceDbRestClientOptions { ServiceUrl = server.ServiceUrl, Retry = RetryPolicy.None });
        return new ServedGraceDb(server, client);
    }

    public void Dispose()
    {
        Client.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
