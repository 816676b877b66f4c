using LvalertTest.Core.Config;

namespace LvalertTest.Core.Tests.Config;

public class IniDocumentTests
{
    [Test]
    public void Parse_PythonConfigParserSemantics()
    {
        IniDocument ini = IniDocument.Parse("""
            # a comment
            [DEFAULT]
            email on failure = REDACTED@example.org

            [general]
            process_type = event_supervisor   ; inline comment after whitespace
            URL: https://gracedb.ligo.org/api/
            ratio = a;b
            flags = H1:DMT-ANALYSIS_READY:1
                    ; a comment inside a continued value is skipped

                    L1:DMT-ANALYSIS_READY:1
            [general]
            process_type = test
            """, "child.ini");

        Assert.Multiple(() =>
        {
            Assert.That(ini.Sections, Is.EqualTo(new[] { "general" }));
            Assert.That(ini.Get("general", "process_type"), Is.EqualTo("test"), "a repeated section merges, the last value wins");
            Assert.That(ini.Get("general", "url"), Is.EqualTo("https://gracedb.ligo.org/api/"), "option names are lower-cased");
            Assert.That(ini.Get("general", "URL"), Is.EqualTo("https://gracedb.ligo.org/api/"));
            Assert.That(ini.Get("general", "ratio"), Is.EqualTo("a;b"), "';' without whitespace before it is part of the value");
            Assert.That(ini.GetList("general", "flags"), Is.EqualTo(new[] { "H1:DMT-ANALYSIS_READY:1", "L1:DMT-ANALYSIS_READY:1" }));
            Assert.That(ini.Get("general", "email on failure"), Is.EqualTo("REDACTED@example.org"), "from [DEFAULT]");
        });
    }

    [TestCase("key = value", "cfg.ini:1: 'key = value' comes before any [section] header")]
    [TestCase("[s]\njust words", "cfg.ini:2: expected 'option = value' in [s], got 'just words'")]
    [TestCase("[]\n", "cfg.ini:1: malformed section header '[]'")]
    public void Parse_Malformed_NamesFileAndLine(string text, string message)
    {
        var error = Assert.Throws<IniFormatException>(() => IniDocument.Parse(text, "cfg.ini"));

        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [Test]
    public void Getters_ConvertAndNameTheOption()
    {
        IniDocument ini = IniDocument.Parse("[q]\nsleep = 0.1\nmaxWarn = 24\nverbose = True\nbad = maybe\n", "l.ini");

        Assert.That((ini.GetDouble("q", "sleep"), ini.GetInt("q", "maxwarn"), ini.GetBoolean("q", "verbose")), Is.EqualTo((0.1, 24, true)));
        Assert.That(Assert.Throws<IniFormatException>(() => ini.GetBoolean("q", "bad"))!.Message, Is.EqualTo("l.ini: [q] bad: 'maybe' is not a boolean (true/false, yes/no, on/off, 1/0)"));
        Assert.That(Assert.Throws<IniFormatException>(() => ini.Get("q", "missing"))!.Message, Is.EqualTo("l.ini: [q] has no option 'missing'"));
        Assert.That(Assert.Throws<IniFormatException>(() => ini.Get("nope", "x"))!.Message, Is.EqualTo("l.ini: no section [nope]"));
    }

    [TestCase("eventsupervisor-configs", "ER10-eventSupervisor_CBC.ini")]
    [TestCase("eventsupervisor-configs", "eventSupervisor-configMP.ini")]
    [TestCase("eventsupervisor-configs", "eventSupervisor_Tests-configMP.ini")]
    [TestCase("lvalerttest-configs", "gstlal.ini")]
    [TestCase("lvalerttest-configs", "cwb.ini")]
    [TestCase("lvalerttest-configs", "olib.ini")]
    [TestCase("approval-processor-configs", "childConfig-approval_processorMP.ini")]
    public void Parse_TheRealConfigs_LoadUnchanged(string folder, string file)
    {
        string path = RepositoryPaths.Fixture(folder, file);

        IniDocument ini = IniDocument.Parse(File.ReadAllText(path), path);

        Assert.That(ini.Sections, Is.Not.Empty);
    }

    [Test]
    public void Parse_RealEventSupervisorConfig_MultiLineFlags()
    {
        string path = RepositoryPaths.Fixture("eventsupervisor-configs", "ER10-eventSupervisor_CBC.ini");

        IniDocument ini = IniDocument.Parse(File.ReadAllText(path), path);

        string section = ini.Sections.First(s => ini.HasOption(s, "flags"));
        Assert.That(ini.GetList(section, "flags"), Has.Member("H1:DMT-ANALYSIS_READY:1").And.Member("L1:DMT-ETMY_ESD_DAC_OVERFLOW:1"));
    }
}
