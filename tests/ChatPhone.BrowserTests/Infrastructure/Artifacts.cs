namespace ChatPhone.BrowserTests.Infrastructure;

/// <summary>Where the browser tests leave screenshots and pages: <c>tests/ChatPhone.BrowserTests/artifacts/</c> (git-ignored).</summary>
public static class Artifacts
{
    public static string PathOf(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChatPhone.BrowserTests.csproj")))
        {
            directory = directory.Parent;
        }

        var root = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(root);
        return Path.Combine(root, fileName);
    }
}
