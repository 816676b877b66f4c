using LvalertTest.Http.Auth;

namespace LvalertTest.Http.Tests.Auth;

public class NetrcFileTests
{
    private const string Netrc = """
        # credentials for the GraceDb servers
        machine gracedb.ligo.org login albert.einstein password "pass word"
        machine gracedb-playground.ligo.org
            login marie.curie
            password p\"q
            account lvc
        macdef init
        cd /pub
        bin

        default login anonymous password guest@
        """;

    [Test]
    public void Find_TheHostsEntry_ElseTheDefault()
    {
        NetrcFile netrc = NetrcFile.Parse(Netrc, "~/.netrc");

        Assert.Multiple(() =>
        {
            Assert.That(netrc.Entries, Has.Count.EqualTo(3));
            Assert.That(netrc.Find("gracedb.ligo.org"), Is.EqualTo(new NetrcEntry("gracedb.ligo.org", "albert.einstein", "pass word")));
            Assert.That(netrc.Find("GRACEDB-PLAYGROUND.ligo.org"), Is.EqualTo(new NetrcEntry("gracedb-playground.ligo.org", "marie.curie", "p\"q")));
            Assert.That(netrc.Find("127.0.0.1"), Is.EqualTo(new NetrcEntry(null, "anonymous", "guest@")));
        });
    }

    [Test]
    public void Find_WithoutADefault_IsNull() =>
        Assert.That(NetrcFile.Parse("machine a.org login x password y", "n").Find("b.org"), Is.Null);

    [TestCase("login x password y", "n:1: 'login' before any machine or default entry")]
    [TestCase("machine a.org\nlogin", "n:2: 'login' has no value")]
    [TestCase("machine a.org login x\npasswd y", "n:2: unexpected 'passwd' (expected machine, default, login, password, account or macdef)")]
    [TestCase("machine a.org password \"open", "n:1: a quoted value is not closed")]
    public void Malformed_IsAnErrorNamingFileAndLine(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => NetrcFile.Parse(text, "n"));

        Assert.That(error!.Message, Is.EqualTo(message));
    }
}
