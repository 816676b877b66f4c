using LvalertTest.Core.Config;
using LvalertTest.Supervisor.Config;
using LvalertTest.Supervisor.Engine;

namespace LvalertTest.Supervisor.Tests.Config;

public class ListenerConfigTests
{
    [Test]
    public void Parse_TheEr10ProcessFile_LoadsEveryChildProcess()
    {
        ListenerConfig config = Load("eventsupervisor-configs", "ER10-lvalert_listenMP-eventSupervisor.ini");

        ChildProcessConfig cbc = config.Processes[0];
        Assert.Multiple(() =>
        {
            Assert.That(cbc.Name, Is.EqualTo("cbc"));
            Assert.That(cbc.Nodes, Is.EqualTo(new[] { "cbc_gstlal_lowmass", "cbc_gstlal_highmass", "cbc_mbtaonline", "cbc_gstlal-spiir", "cbc_pycbc", "command-eventSupervisor_CBC" }));
            Assert.That(cbc.ChildConfig, Is.EqualTo("/home/gracedb.processor/opt/etc/ER10-eventSupervisor_CBC.ini"));
            Assert.That((cbc.Sleep, cbc.MaxComplete, cbc.MaxFrac, cbc.WarnThreshold, cbc.WarnDelay, cbc.MaxWarn),
                Is.EqualTo((TimeSpan.FromSeconds(0.1), 100, 0.5, 1e3, TimeSpan.FromHours(1), 100)));
            Assert.That(cbc.Recipients, Is.EqualTo(new[] { "REDACTED@example.org" }));
            Assert.That(config.ProcessFor("burst_cwb_allsky")!.Name, Is.EqualTo("cwb"));
            Assert.That(config.ProcessFor("unknown_node"), Is.Null);
        });
    }

    [Test]
    public void Parse_TheLvalertTestProcessFiles_LoadUnchanged()
    {
        ListenerConfig test = Load("lvalerttest-configs", "lvalert_listenMP.ini");
        ListenerConfig approval = Load("approval-processor-configs", "lvalert_listenMP-approval_processorMP.ini");

        Assert.That(test.Processes.Select(p => p.Name), Has.Member("testProcess"));
        Assert.That(test.ProcessFor("lvalerttest-testnode")!.MaxComplete, Is.EqualTo(10));
        Assert.That(approval.Processes, Is.Not.Empty);
    }

    [Test]
    public void EngineOptions_FromAChildProcess_CarryItsHousekeeping()
    {
        ChildProcessConfig cbc = Load("eventsupervisor-configs", "ER10-lvalert_listenMP-eventSupervisor.ini").Processes[0];

        EngineOptions options = EngineOptions.From(cbc, "supervisor.example.org", "gracedb.processor");

        Assert.That((options.MaxComplete, options.MaxFrac, options.WarnThreshold, options.WarnDelay, options.MaxWarn, options.ConfigPath),
            Is.EqualTo((100, 0.5, 1e3, TimeSpan.FromHours(1), 100, "/home/gracedb.processor/opt/etc/ER10-eventSupervisor_CBC.ini")));
        Assert.That(options.Recipients, Is.EqualTo(new[] { "REDACTED@example.org" }));
    }

    [Test]
    public void Parse_ANodeInTwoProcesses_IsAClearError()
    {
        IniDocument ini = IniDocument.Parse("[a]\nnodes = cbc_gstlal\nchildConfig = a.ini\n[b]\nnodes = burst_cwb cbc_gstlal\nchildConfig = b.ini\n", "listen.ini");

        var error = Assert.Throws<IniFormatException>(() => ListenerConfig.Parse(ini));

        Assert.That(error!.Message, Is.EqualTo("listen.ini: node 'cbc_gstlal' is assigned to both [a] and [b]"));
    }

    [Test]
    public void Parse_MissingChildConfig_NamesTheSection()
    {
        IniDocument ini = IniDocument.Parse("[a]\nnodes = cbc_gstlal\n", "listen.ini");

        var error = Assert.Throws<IniFormatException>(() => ListenerConfig.Parse(ini));

        Assert.That(error!.Message, Is.EqualTo("listen.ini: [a] has no option 'childConfig'"));
    }

    private static ListenerConfig Load(string folder, string file)
    {
        string path = RepositoryPaths.Fixture(folder, file);
        return ListenerConfig.Parse(IniDocument.Parse(File.ReadAllText(path), path));
    }
}
