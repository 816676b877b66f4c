using LvalertTest.Core.Events;

namespace LvalertTest.Core.Tests.Events;

public class GraceIdTests
{
    [TestCase("G184098", 'G', 184098L)]
    [TestCase("T000000", 'T', 0L)]
    [TestCase("E123456", 'E', 123456L)]
    [TestCase("M1", 'M', 1L)]
    [TestCase("H0042", 'H', 42L)]
    public void Parse_RealIds_GivesPrefixAndNumber(string text, char prefix, long number)
    {
        GraceId id = GraceId.Parse(text);

        Assert.That(id.Prefix, Is.EqualTo(prefix));
        Assert.That(id.Number, Is.EqualTo(number));
    }

    [TestCase("")]
    [TestCase("G")]
    [TestCase("S190425z")]
    [TestCase("g184098")]
    [TestCase("G18-4098")]
    [TestCase("G 184098")]
    [TestCase("X000001")]
    [TestCase("G99999999999999999999")]
    public void TryParse_NotAGraceId_IsFalse(string text)
    {
        Assert.That(GraceId.TryParse(text, out _), Is.False);
        var error = Assert.Throws<FormatException>(() => GraceId.Parse(text));
        Assert.That(error!.Message, Does.Contain($"'{text}' is not a GraceID"));
    }

    [Test]
    public void ToString_PadsToSixDigits()
    {
        Assert.That(GraceId.Create('T', 7).ToString(), Is.EqualTo("T000007"));
        Assert.That(GraceId.Create('G', 1234567).ToString(), Is.EqualTo("G1234567"));
    }

    [Test]
    public void Create_UnknownPrefix_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraceId.Create('S', 1));
    }

    [Test]
    public void CompareTo_OrdersByPrefixThenNumber()
    {
        var ids = new[] { "T000002", "G000010", "G000009", "E000001" }.Select(GraceId.Parse).Order().Select(i => i.ToString());

        Assert.That(ids, Is.EqualTo(new[] { "E000001", "G000009", "G000010", "T000002" }));
    }

    [TestCase("Test", 'T')]
    [TestCase("External", 'E')]
    [TestCase("CBC", 'G')]
    [TestCase("Burst", 'G')]
    public void GraceIdPrefix_ForGroup_FollowsTheRealService(string group, char prefix)
    {
        Assert.That(GraceIdPrefix.ForGroup(group), Is.EqualTo(prefix));
    }
}
