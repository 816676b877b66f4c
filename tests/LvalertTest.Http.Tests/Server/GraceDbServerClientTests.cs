using System.Net.Sockets;
using System.Text;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Tests.Support;
using LvalertTest.Http.Client;
using LvalertTest.Http.Server;
using LvalertTest.Http.Tests.Support;

namespace LvalertTest.Http.Tests.Server;

/// <summary>The client and the served fake together, where the contract suite does not reach: paging, broken uploads.</summary>
public class GraceDbServerClientTests
{
    private ServedStore _served = null!;

    [SetUp]
    public async Task Serve() => _served = await ServedStore.StartAsync(new GraceDbServerOptions { PageSize = 2 });

    [TearDown]
    public async Task Stop() => await _served.DisposeAsync();

    [Test]
    public void Events_AcrossSmallPages_AllInStoreOrder()
    {
        using GraceDbRestClient client = _served.Client();
        for (int i = 0; i < 5; i++)
        {
            client.CreateEvent(i % 2 == 0 ? "CBC" : "Test", "gstlal", null, "coinc.xml", SampleUploads.GstlalCoinc());
        }

        Assert.That(client.Events(string.Empty).Select(e => e.GraceId.ToString()), Is.EqualTo(new[] { "G000001", "T000002", "G000003", "T000004", "G000005" }));
        Assert.That(client.Events("CBC").Select(e => e.GraceId.ToString()), Is.EqualTo(new[] { "G000001", "G000003", "G000005" }));
    }

    [Test]
    public async Task AnUploadCutOffMidway_StoresNothing_AndTheNextCreationIsWhole()
    {
        string head = "--B\r\nContent-Disposition: form-data; name=\"group\"\r\n\r\nCBC\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"pipeline\"\r\n\r\ngstlal\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"eventFile\"; filename=\"coinc.xml\"\r\n\r\n<?xml version='1.0'?><LIGO_LW>";
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync("127.0.0.1", _served.Server.Port);
            NetworkStream stream = tcp.GetStream();
            byte[] request = Encoding.ASCII.GetBytes(
                $"POST /api/events/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: 100000\r\n\r\n{head}");
            await stream.WriteAsync(request);
            await stream.FlushAsync();
        }

        using GraceDbRestClient client = _served.Client();
        GraceEvent next = client.CreateEvent("CBC", "gstlal", null, "coinc.xml", SampleUploads.GstlalCoinc());

        Assert.That(next.GraceId.ToString(), Is.EqualTo("G000001"));
        Assert.That(client.Events(string.Empty), Has.Count.EqualTo(1));
        Assert.That(client.Logs(next.GraceId), Has.Count.EqualTo(3));
        Assert.That(_served.Alerts.Select(a => a.AlertType), Is.EqualTo(new[] { "new" }), "search is null: one node, one alert");
    }
}
