namespace LvalertTest.Replay.Tests.Support;

/// <summary>The replayable stores checked in under fake-gracedb/, and how to build them again from their recipes.</summary>
internal static class CheckedInStores
{
    public static IReadOnlyList<FollowUpRecipe> Recipes { get; } = [FollowUps.Gw170817Gstlal(), FollowUps.G265912Cwb()];

    public static string Directory(FollowUpRecipe recipe) => Path.Combine(RepositoryPaths.Root, "fake-gracedb", recipe.Name);

    /// <summary>Builds a recipe's store (without a supervisor) and writes its files under <paramref name="target"/>.</summary>
    public static void Build(FollowUpRecipe recipe, string target)
    {
        var run = new RecipeRunner(recipe);
        try
        {
            run.Run();
        }
        finally
        {
            // Disposing flushes the alert journal; the in-memory files stay readable.
            run.Dispose();
        }

        Save(run, target);
    }

    /// <summary>Writes a finished (disposed) run's store under <paramref name="target"/>, without the placeholder event.</summary>
    public static void Save(RecipeRunner run, string target)
    {
        string placeholder = RecipeRunner.Root + "/" + run.Placeholder + "/";
        foreach (string file in run.FileSystem.AllFiles.Where(f => f.StartsWith(RecipeRunner.Root + "/", StringComparison.Ordinal) && !f.StartsWith(placeholder, StringComparison.Ordinal)))
        {
            string destination = Path.Combine(target, Path.GetRelativePath(RecipeRunner.Root, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllBytes(destination, run.FileSystem.File.ReadAllBytes(file));
        }
    }

    /// <summary>Every file of a store directory by its relative path (with '/'), with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Files(string directory) =>
        new(System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
