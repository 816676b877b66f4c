using LvalertTest.Replay.Tests.Support;

namespace LvalertTest.Replay.Tests.Support;

/// <summary>The stores in fake-gracedb/ are exactly what their recipes build, so they can always be rebuilt.</summary>
public class CheckedInStoresTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeDirectory() => _dir = Directory.CreateTempSubdirectory("lvalerttest-stores-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_dir, recursive: true);

    private static IEnumerable<TestCaseData> Stores() => CheckedInStores.Recipes.Select(r => new TestCaseData(r.Name).SetName($"CheckedInStore_EqualsItsRecipe({r.Name})"));

    [TestCaseSource(nameof(Stores))]
    public void CheckedInStore_EqualsItsRecipe(string name)
    {
        FollowUpRecipe recipe = CheckedInStores.Recipes.Single(r => r.Name == name);
        CheckedInStores.Build(recipe, _dir);

        SortedDictionary<string, byte[]> built = CheckedInStores.Files(_dir);
        SortedDictionary<string, byte[]> checkedIn = CheckedInStores.Files(CheckedInStores.Directory(recipe));

        Assert.That(checkedIn.Keys, Is.EqualTo(built.Keys), "rebuild with: dotnet test tests/LvalertTest.Replay.Tests --filter Name=RebuildCheckedInStores");
        Assert.That(built.Where(f => !f.Value.AsSpan().SequenceEqual(checkedIn[f.Key])).Select(f => f.Key), Is.Empty, "files that differ");
    }

    [Test]
    [Explicit("rewrites fake-gracedb/<store>/ from the recipes in Support/FollowUps.cs")]
    public void RebuildCheckedInStores()
    {
        foreach (FollowUpRecipe recipe in CheckedInStores.Recipes)
        {
            string target = CheckedInStores.Directory(recipe);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            CheckedInStores.Build(recipe, target);
            Assert.That(File.Exists(Path.Combine(target, recipe.GraceId.ToString(), "event.json")), Is.True);
        }
    }
}
