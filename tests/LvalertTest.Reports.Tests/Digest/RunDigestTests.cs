using System.Security.Cryptography;
using System.Text;
using LvalertTest.Reports.Digest;
using LvalertTest.Reports.Timeline;

namespace LvalertTest.Reports.Tests.Digest;

public class RunDigestTests
{
    private static readonly DateTimeOffset T0 = new(2017, 8, 17, 12, 41, 4, TimeSpan.Zero);

    [Test]
    public void Current_IsSha256OfTheCanonicalLines()
    {
        using var digest = new RunDigest();
        digest.Add(new TimelineRow(T0, "T000001", "create_event", "create Test/gstlal"));
        digest.Add(new TimelineRow(T0.AddSeconds(1.5), "T000001", "add_label", "label +EM_READY"));

        string canonical =
            "2017-08-17T12:41:04.0000000Z\tT000001\tcreate_event\tcreate Test/gstlal\n" +
            "2017-08-17T12:41:05.5000000Z\tT000001\tadd_label\tlabel +EM_READY\n";
        Assert.That(digest.Current(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))));
        Assert.That(digest.Lines, Is.EqualTo(2));
    }

    [Test]
    public void Add_TabsInsideADetail_CannotForgeAnotherRow()
    {
        using var one = new RunDigest();
        using var other = new RunDigest();
        one.Add(new TimelineRow(T0, "a", "k", "x\ty"));
        other.Add(new TimelineRow(T0, "a", "k", "x"));

        Assert.That(one.Current(), Is.Not.EqualTo(other.Current()));
    }

    [Test]
    public void Current_DependsOnOrder()
    {
        var first = new TimelineRow(T0, "a", "k", "1");
        var second = new TimelineRow(T0, "a", "k", "2");
        using var forward = new RunDigest();
        using var backward = new RunDigest();
        forward.Add(first);
        forward.Add(second);
        backward.Add(second);
        backward.Add(first);

        Assert.That(forward.Current(), Is.Not.EqualTo(backward.Current()));
    }
}
