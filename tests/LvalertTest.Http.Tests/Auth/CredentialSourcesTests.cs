using LvalertTest.Http.Auth;

namespace LvalertTest.Http.Tests.Auth;

public class CredentialSourcesTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("lvalerttest-auth-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Order_TokenThenTokenFileThenPasswordThenNetrc()
    {
        string netrc = Write("netrc", "machine gracedb.ligo.org login netrc.user password n");
        string tokenFile = Write("bt_u1000", "file-token\n");
        var all = new CredentialSources { Token = "direct", TokenFile = tokenFile, Username = "u", Password = "p", NetrcFile = netrc };

        Assert.Multiple(() =>
        {
            Assert.That(all.Resolve("gracedb.ligo.org"), Is.EqualTo(new BearerToken("direct")));
            Assert.That((all with { Token = null }).Resolve("gracedb.ligo.org"), Is.EqualTo(new BearerToken("file-token")));
            Assert.That((all with { Token = null, TokenFile = null }).Resolve("gracedb.ligo.org"), Is.EqualTo(new BasicCredentials("u", "p")));
            Assert.That(new CredentialSources { NetrcFile = netrc }.Resolve("gracedb.ligo.org"), Is.EqualTo(new BasicCredentials("netrc.user", "n")));
            Assert.That(new CredentialSources { NetrcFile = netrc }.Resolve("other.org"), Is.SameAs(GraceDbCredentials.None));
            Assert.That(new CredentialSources { UseDefaultNetrc = false }.Resolve("gracedb.ligo.org"), Is.SameAs(GraceDbCredentials.None));
        });
    }

    [Test]
    public void Problems_NameTheFileOrTheMissingHalf()
    {
        string missing = Path.Combine(_dir, "nope");
        string empty = Write("empty", "\n");

        Assert.That(Assert.Throws<FormatException>(() => new CredentialSources { TokenFile = missing }.Resolve("h"))!.Message, Does.StartWith($"{missing}: cannot read the token file"));
        Assert.That(Assert.Throws<FormatException>(() => new CredentialSources { TokenFile = empty }.Resolve("h"))!.Message, Is.EqualTo($"{empty}: the token file is empty"));
        Assert.That(Assert.Throws<FormatException>(() => new CredentialSources { Username = "u" }.Resolve("h"))!.Message, Is.EqualTo("basic credentials need both a username and a password"));
        Assert.That(Assert.Throws<FormatException>(() => new CredentialSources { NetrcFile = Write("bad", "login x") }.Resolve("h"))!.Message, Does.EndWith("bad:1: 'login' before any machine or default entry"));
    }
}
