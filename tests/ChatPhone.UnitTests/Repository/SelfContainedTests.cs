namespace ChatPhone.UnitTests.Repository;

/// <summary>
/// A fresh clone builds, runs and tests on its own: the folder of reference material beside the repository on the
/// developers' machines is not there on anyone else's, so nothing may read it.
/// </summary>
public sealed class SelfContainedTests
{
    // Built from parts, so that this file does not name the folder it looks for.
    private static readonly string[] Outside = ["../" + "shared", "..\\" + "shared", "\"..\", \"" + "shared\""];

    [Fact]
    public void NoSourceBuildOrScriptFile_ReadsTheSharedFolderBesideTheRepository()
    {
        var offenders = RepositoryFiles.Sources(".cs", ".csproj", ".props", ".targets", ".json", ".js", ".sh", ".ps1")
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}.ci{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => Outside.Any(File.ReadAllText(path).Contains))
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path))
            .ToArray();

        Assert.True(offenders.Length == 0,
            $"These files read the folder beside the repository, which a fresh clone lacks; copy what they need into the repository: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void TestCommand_ProvisionsTheServersAndBrowserTheTestsStart()
    {
        var script = File.ReadAllText(RepositoryFiles.PathOf("test.sh"));
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));

        Assert.Contains("./test.sh", readme, StringComparison.Ordinal);
        Assert.All(["redis-server", "redis-tools", "chromium", "fonts-noto-color-emoji"], package => Assert.Contains(package, script, StringComparison.Ordinal));
        Assert.Contains("exec dotnet test", script, StringComparison.Ordinal);
    }
}
