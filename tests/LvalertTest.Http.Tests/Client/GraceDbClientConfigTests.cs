using LvalertTest.Core.Config;
using LvalertTest.Http.Auth;
using LvalertTest.Http.Client;

namespace LvalertTest.Http.Tests.Client;

public class GraceDbClientConfigTests
{
    [Test]
    public void Read_TheGraceDbSection()
    {
        var ini = IniDocument.Parse("""
            [gracedb]
            service_url = http://127.0.0.1:8000/api/
            username = albert.einstein
            password = s3cret
            retries = 3
            retry_delay = 0.5
            retry_max_delay = 20
            timeout = 30
            """, "client.ini");

        (GraceDbRestClientOptions options, TimeSpan timeout) = GraceDbClientConfig.Read(ini);

        Assert.Multiple(() =>
        {
            Assert.That(options.ServiceUrl, Is.EqualTo(new Uri("http://127.0.0.1:8000/api/")));
            Assert.That(options.Credentials, Is.EqualTo(new BasicCredentials("albert.einstein", "s3cret")));
            Assert.That((options.Retry.MaxRetries, options.Retry.InitialDelay, options.Retry.MaxDelay), Is.EqualTo((3, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(20))));
            Assert.That(timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
        });
    }

    [TestCase("[gracedb]\nretries = 2\n", "client.ini: [gracedb] service_url: is required")]
    [TestCase("[gracedb]\nservice_url = ftp://x/api/\n", "client.ini: [gracedb] service_url: 'ftp://x/api/' is not an http(s) URL")]
    [TestCase("[gracedb]\nservice_url = https://x/api/\nretries = many\n", "client.ini: [gracedb] retries: 'many' is not a non-negative number")]
    [TestCase("[gracedb]\nservice_url = https://x/api/\ntimeout = 0\n", "client.ini: [gracedb] timeout: 0 must be a positive number of seconds")]
    [TestCase("[gracedb]\nservice_url = https://x/api/\nusername = u\n", "client.ini: [gracedb]: basic credentials need both a username and a password")]
    [TestCase("[other]\nservice_url = https://x/api/\n", "client.ini: no [gracedb] section")]
    public void Read_ProblemsNameTheFileAndOption(string text, string message)
    {
        var error = Assert.Throws<IniFormatException>(() => GraceDbClientConfig.Read(IniDocument.Parse(text, "client.ini")));

        Assert.That(error!.Message, Is.EqualTo(message));
    }
}
