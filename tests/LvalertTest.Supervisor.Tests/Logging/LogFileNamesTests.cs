using LvalertTest.Supervisor.Logging;

namespace LvalertTest.Supervisor.Tests.Logging;

public class LogFileNamesTests
{
    [TestCase("test", "/home/gracedb.processor/opt/etc/childConfig-example.ini", ExpectedResult = "test_childConfig-example.log")]
    [TestCase("eventSupervisor", "finish.ini", ExpectedResult = "eventSupervisor_finish.log")]
    // Python's strip('.ini') gave "ma" and "e" here: it strips characters, not a suffix.
    [TestCase("test", "main.ini", ExpectedResult = "test_main.log")]
    [TestCase("test", "etc/nine.ini", ExpectedResult = "test_nine.log")]
    [TestCase("test", "config.ini.bak", ExpectedResult = "test_config.ini.bak.log")]
    [TestCase("test", "noSuffix", ExpectedResult = "test_noSuffix.log")]
    public string RunLogName_RemovesTheIniSuffixOnly(string processType, string configPath) =>
        LogFileNames.RunLogName(processType, configPath);

    [Test]
    public void RunLogName_AConfigPathWithNoFileName_IsRejected()
    {
        Assert.That(() => LogFileNames.RunLogName("test", "/etc/"), Throws.ArgumentException);
        Assert.That(() => LogFileNames.RunLogName("test", ".ini"), Throws.ArgumentException);
    }

    [TestCase("G184098", ExpectedResult = "G184098.log")]
    [TestCase("S190425z", ExpectedResult = "S190425z.log")]
    [TestCase("../../etc/passwd", ExpectedResult = "______etc_passwd.log")]
    [TestCase("a b\\c", ExpectedResult = "a_b_c.log")]
    public string GraceIdLogName_KeepsTheIdAndNeverLeavesTheDirectory(string graceId) =>
        LogFileNames.GraceIdLogName(graceId);
}
