using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Faults;
using LvalertTest.FakeGraceDb.Tests.Support;
using LvalertTest.Http.Client;
using LvalertTest.Http.Server;
using LvalertTest.Http.Tests.Support;

namespace LvalertTest.Http.Tests.Server;

/// <summary>The fake's fault injection, served: injected statuses reach the client as statuses, resets as dropped connections.</summary>
public class GraceDbServerFaultTests
{
    private ServedStore? _served;

    [TearDown]
    public async Task Stop()
    {
        if (_served is not null)
        {
            await _served.DisposeAsync();
        }
    }

    private async Task<GraceDbRestClient> Serve(FaultRule rule, RetryPolicy retry, List<TimeSpan> waits)
    {
        // A fixed-seed generator: which calls fail is the same on every run.
        _served = await ServedStore.StartAsync(new GraceDbServerOptions { Faults = new FaultPlan([rule]), FaultRandom = new Random(20170817) });
        return _served.Client(retry, waits.Add);
    }

    [TestCase(503)]
    [TestCase(GraceDbTransientException.ConnectionReset)]
    public async Task AFailingWrite_IsRetried_ThenReachesTheCaller_AndNothingIsWritten(int status)
    {
        var waits = new List<TimeSpan>();
        using GraceDbRestClient client = await Serve(new FaultRule(status, 1.0, [GraceDbOperation.WriteLog]), new RetryPolicy { MaxRetries = 2 }, waits);
        GraceEvent e = client.CreateEvent("CBC", "gstlal", "AllSky", "coinc.xml", SampleUploads.GstlalCoinc());

        var error = Assert.Throws<GraceDbTransientException>(() => client.WriteLog(e.GraceId, "never stored"));

        Assert.That(error!.StatusCode, Is.EqualTo(status));
        Assert.That(waits, Is.EqualTo(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) }));
        Assert.That(_served!.Store.Logs(e.GraceId).Select(l => l.Comment), Does.Not.Contain("never stored"));
    }

    [Test]
    public async Task SomeFailures_AreAbsorbedByTheClientsRetries()
    {
        var waits = new List<TimeSpan>();
        using GraceDbRestClient client = await Serve(new FaultRule(502, 0.5), new RetryPolicy { MaxRetries = 20 }, waits);

        GraceEvent e = client.CreateEvent("CBC", "gstlal", "AllSky", "coinc.xml", SampleUploads.GstlalCoinc());
        for (int i = 0; i < 10; i++)
        {
            client.WriteLog(e.GraceId, $"entry {i}");
        }

        Assert.That(client.Logs(e.GraceId).Select(l => l.Comment).Skip(3), Is.EqualTo(Enumerable.Range(0, 10).Select(i => $"entry {i}")), "each write stored once, in order");
        Assert.That(waits, Is.Not.Empty, "with p = 0.5 over more than 20 calls, some were retried");
    }
}
