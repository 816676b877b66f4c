using LvalertTest.Core.Config;
using LvalertTest.Simulation.Generators;
using LvalertTest.Simulation.Generators.Config;
using static LvalertTest.Simulation.Tests.Generators.GeneratorTestKit;

namespace LvalertTest.Simulation.Tests.Generators.Config;

public class EventConfigLoaderTests
{
    [TestCase("gstlal.ini", "gstlal", "bayestar", "lalinference")]
    [TestCase("cwb.ini", "CWB", "cwbPE", "bayeswave")]
    [TestCase("olib.ini", "LIB", "lib", "idq")]
    public void OriginalConfig_LoadsUnchanged_AndBuildsItsKindOfSchedule(string file, string pipeline, string pe, string other)
    {
        GeneratorSet set = EventConfigLoader.Load(RepositoryPaths.Fixture("lvalerttest-configs", file));
        List<string> lines = Lines(Build(set));

        Assert.That(set.Generators[0].Generator.Name, Is.EqualTo(pipeline));
        Assert.That(set.Find(pe), Is.Not.Null);
        Assert.That(set.Find(other), Is.Not.Null);
        Assert.That(set.Find("segDB2grcDB")!.Settings.Words("flags"), Is.EqualTo(new[] { "H1:DMT-ANALYSIS_READY:1", "L1:DMT-ANALYSIS_READY:1" }));
        Assert.That(set.Find("idq")!.Settings.Option("instruments"), Is.EqualTo("H1 L1"));
        Assert.That(lines, Has.Some.StartsWith("0 create Test/" + pipeline));
        Assert.That(lines, Has.Some.Contains("Started searching for iDQ information within").And.Some.Contains("Mollweide projection of"));
    }

    [Test]
    public void Gstlal_TakesTheConfigsNumbers()
    {
        GeneratorSet set = EventConfigLoader.Load(RepositoryPaths.Fixture("lvalerttest-configs", "gstlal.ini"));

        Assert.That(set.Find("bayestar")!.Settings.Steps["skymap"], Is.EqualTo(new StepSettings(60, 10, 1)));
        Assert.That(set.Find("idq")!.Settings.Steps["tables"], Is.EqualTo(new StepSettings(5, 1, 1)));
        Assert.That(set.Find("site")!.Settings.Option("respond"), Is.EqualTo("False"));
        Assert.That(set.Find("skyviewer")!.Settings.Steps["skyviewer"], Is.EqualTo(new StepSettings(10, 1, 1)));
        Assert.That(set.Find("externalTriggers")!.Settings.Steps["report"], Is.EqualTo(new StepSettings(60, 10, 1)));
    }

    [TestCase("bayestar", "skymap prob   = 1.0", "skymap prob   = 1.5", "skymap prob")]
    [TestCase("idq", "tables jitter = 1.0", "tables jitter = lots", "tables jitter")]
    [TestCase("H1:DMT-ANALYSIS_READY:1", "win = 30", "win = ", "win")]
    public void ABrokenOption_IsOneLineNamingFileSectionAndOption(string section, string from, string to, string option)
    {
        string path = RepositoryPaths.Fixture("lvalerttest-configs", "gstlal.ini");
        string text = File.ReadAllText(path);
        int at = text.IndexOf($"[{section}]", StringComparison.Ordinal);
        int hit = text.IndexOf(from, at, StringComparison.Ordinal);
        string broken = text[..hit] + to + text[(hit + from.Length)..];

        var e = Assert.Throws<EventConfigException>(() => EventConfigLoader.Read(IniDocument.Parse(broken, path)))!;

        Assert.That(e.Message, Does.StartWith($"{path}: [{section}] {option}: "));
        Assert.That(e.Message, Does.Not.Contain("\n"));
    }
}
