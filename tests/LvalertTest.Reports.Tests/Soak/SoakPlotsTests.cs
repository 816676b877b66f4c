using LvalertTest.Reports.Soak;

namespace LvalertTest.Reports.Tests.Soak;

public class SoakPlotsTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeDirectory() => _dir = Directory.CreateTempSubdirectory("lvalerttest-plots-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Write_MakesFourPngFiles()
    {
        var start = new DateTimeOffset(2023, 5, 24, 15, 0, 0, TimeSpan.Zero);
        var hours = Enumerable.Range(0, 48).Select(i => new HourMetrics(start.AddHours(i), 40, 8000 + i, 4000, i % 5, i % 3, 10, 1, 2, 3, i)).ToList();
        var latencies = new LatencyHistogram();
        latencies.Add(0.5);
        latencies.Add(60);

        IReadOnlyList<string> paths = SoakPlots.Write(_dir, hours, latencies);

        Assert.That(paths.Select(Path.GetFileName), Is.EqualTo(new[] { "queue-depth.png", "alert-rate.png", "check-latency.png", "emails-per-day.png" }));
        byte[] pngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];
        Assert.That(paths.Select(p => File.ReadAllBytes(p).Take(4).ToArray()), Has.All.EqualTo(pngSignature));
    }
}
