namespace ChatPhone.UnitTests.Repository;

/// <summary>The repository these tests were built from: its root, found above the test binaries by <c>ChatPhone.sln</c>.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChatPhone.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ChatPhone.sln not found above the test binaries.");
    });

    /// <summary>The folder that holds <c>ChatPhone.sln</c>.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The full path of <paramref name="relative"/> (forward slashes) under the root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The repository's own files ending in one of <paramref name="extensions"/>: no build output, no npm packages.</summary>
    public static IEnumerable<string> Sources(params string[] extensions) =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(path => extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Where(path => !Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "node_modules" or ".git"));
}
