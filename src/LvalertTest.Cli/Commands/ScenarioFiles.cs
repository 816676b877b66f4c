using LvalertTest.Scenarios.Loading;
using LvalertTest.Scenarios.Model;

namespace LvalertTest.Cli.Commands;

/// <summary>Loads a scenario for a verb, or says in one line on standard error why it cannot.</summary>
internal static class ScenarioFiles
{
    public static Scenario? TryLoad(FileInfo file, TextWriter error)
    {
        try
        {
            return ScenarioLoader.Load(file.FullName);
        }
        catch (ScenarioException e)
        {
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
