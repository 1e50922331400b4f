namespace ChatPhone.BrowserTests.Infrastructure;

/// <summary>Where the browser tests leave screenshots and pages: <c>tests/ChatPhone.BrowserTests/artifacts/</c> (git-ignored).</summary>
public static class Artifacts
{
    /// <summary>The folder of <c>ChatPhone.BrowserTests.csproj</c> (the build output's folder when not found).</summary>
    public static string ProjectDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChatPhone.BrowserTests.csproj")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? AppContext.BaseDirectory;
        }
    }

    public static string PathOf(string fileName)
    {
        var root = Path.Combine(ProjectDirectory, "artifacts");
        Directory.CreateDirectory(root);
        return Path.Combine(root, fileName);
    }
}
