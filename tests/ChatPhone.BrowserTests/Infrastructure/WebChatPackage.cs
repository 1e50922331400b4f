using System.ComponentModel;
using System.Diagnostics;

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
        var installed = Path.Combine(Directory, "node_modules", ".package-lock.json");
        var lockFile = Path.Combine(Directory, "package-lock.json");
        if (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(lockFile))
        {
            // Only the prebuilt bundle is used: no package needs its install scripts.
            var (exit, output) = Run("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            Assert.True(exit == 0, $"npm ci failed in {Directory} ({exit}):\n{output}");
        }

        var script = Path.Combine(Directory, "node_modules", "botframework-webchat", "dist", "webchat.js");
        Assert.True(File.Exists(script), $"{script} is missing after npm ci: botframework-webchat no longer ships its full bundle there.");
        return script;
    }

    private static (int Exit, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.GetAwaiter().GetResult());
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"'{program}' could not be started ({e.Message}). The Web Chat tests install Microsoft's Web Chat with npm: "
                + "install Node.js 20+ and npm (https://nodejs.org, or `apt-get install nodejs npm`) and run the tests again.");
            throw;
        }
    }
}
