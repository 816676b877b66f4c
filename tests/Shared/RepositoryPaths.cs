namespace LvalertTest.Tests.Shared;

/// <summary>Locates the repository's checked-in files (scenarios, fixtures, scripts) from a test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static IEnumerable<string> ScenarioFiles() => Directory.EnumerateFiles(Scenarios, "*.yaml").Order(StringComparer.Ordinal);

    /// <summary>A file under tests/fixtures (real data, copied unchanged; attribution in its README).</summary>
    public static string Fixture(params string[] parts)
    {
        string path = Path.Combine([Root, "tests", "fixtures", .. parts]);
        return File.Exists(path) ? path : throw new FileNotFoundException("fixture not found: " + path);
    }

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
