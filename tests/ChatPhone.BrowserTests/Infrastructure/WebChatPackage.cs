using ChatPhone.Tests.Shared;

namespace ChatPhone.BrowserTests.Infrastructure;

/// <summary>
/// Microsoft's Web Chat (npm <c>botframework-webchat</c>, pinned in <c>webchat/package-lock.json</c>), installed with
/// <c>npm ci</c> on first use and again when the lock file changes. Its prebuilt <c>dist/webchat.js</c> is the full bundle
/// (React included) that pages load with one script tag. Never skips: without npm the test fails saying how to get it.
/// </summary>
public static class WebChatPackage
{
    /// <summary>The folder holding <c>package.json</c>, the test page and (once installed) <c>node_modules</c>.</summary>
    public static string Directory => Path.Combine(Artifacts.ProjectDirectory, "webchat");

    /// <summary>The test page that renders Web Chat (see <see cref="DirectLineServer"/>).</summary>
    public static string PagePath => Path.Combine(Directory, "index.html");

    /// <summary>Installs the package if needed and returns the path of <c>dist/webchat.js</c>.</summary>
    public static string EnsureInstalled()
    {
        // Only the prebuilt bundle is used: no package needs its install scripts.
        NodePackages.EnsureInstalled(Directory, "--ignore-scripts");

        var script = Path.Combine(Directory, "node_modules", "botframework-webchat", "dist", "webchat.js");
        Assert.True(File.Exists(script), $"{script} is missing after npm ci: botframework-webchat no longer ships its full bundle there.");
        return script;
    }
}
