using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Core.Config;
using LvalertTest.Supervisor.Config;

namespace LvalertTest.Supervisor.Tests.Config;

public class ChildConfigFileTests
{
    [Test]
    public void TheFixtureChildConfig_IsATestProcess_LoggingInTheWorkingDirectory()
    {
        string path = RepositoryPaths.Fixture("lvalerttest-configs", "childConfig.ini");

        ChildConfigFile child = ChildConfigFile.Read(new FileSystem(), path);

        Assert.That((child.Path, child.ProcessType, child.LogDirectory), Is.EqualTo((path, "test", ".")));
    }

    [Test]
    public void LogDirectory_IsTakenAsWritten()
    {
        var fs = new MockFileSystem(new Dictionary<string, MockFileData> { ["/c.ini"] = new("[general]\nprocess_type = test\nlog_directory = /var/log/lvalert\n") });

        Assert.That(ChildConfigFile.Read(fs, "/c.ini").LogDirectory, Is.EqualTo("/var/log/lvalert"));
    }

    [Test]
    public void AMissingFile_IsNamed() =>
        Assert.That(() => ChildConfigFile.Read(new MockFileSystem(), "/c.ini"), Throws.InstanceOf<IniFormatException>().With.Message.EqualTo("/c.ini: no such childConfig file"));
}
