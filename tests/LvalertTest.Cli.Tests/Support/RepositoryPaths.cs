namespace LvalertTest.Cli.Tests.Support;

/// <summary>Locates the checked-in scenario files from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static IEnumerable<string> ScenarioFiles() => Directory.EnumerateFiles(Scenarios, "*.yaml").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LvalertTest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LvalertTest.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
