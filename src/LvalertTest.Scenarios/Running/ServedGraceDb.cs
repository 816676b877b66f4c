using LvalertTest.FakeGraceDb;
using LvalertTest.Http.Client;
using LvalertTest.Http.Server;

namespace LvalertTest.Scenarios.Running;

/// <summary>
/// The run's store served over GraceDb's REST API on 127.0.0.1, and a REST client to it: the supervisor then reaches
/// GraceDb over real sockets, as it would the real service, while the simulation keeps its virtual clock. The kernel
/// waits for each answer, so the store still sees one call at a time.
/// </summary>
internal sealed class ServedGraceDb : IDisposable
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
