using System.ComponentModel;
using System.Diagnostics;

namespace ChatPhone.Tests.Shared;

/// <summary>
/// The npm packages a test folder pins in its <c>package-lock.json</c>, installed with <c>npm ci</c> on a clean machine and
/// again when the lock file changes, and the Node programs run over them. Compiled into each test project that needs
/// Node. Never skips: without Node or npm the test fails saying how to get them.
/// </summary>
internal static class NodePackages
{
    /// <summary>Installs the packages of <paramref name="directory"/> unless <c>node_modules</c> is as new as the lock file.</summary>
    public static void EnsureInstalled(string directory, params string[] npmOptions)
    {
        var installed = Path.Combine(directory, "node_modules", ".package-lock.json");
        var lockFile = Path.Combine(directory, "package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockFile))
        {
            return;
        }

        var (exit, output, error) = Run("npm", directory, ["ci", "--no-audit", "--no-fund", .. npmOptions]);
        Assert.True(exit == 0, $"npm ci failed in {directory} ({exit}):\n{output}\n{error}");
    }

    /// <summary>Runs <paramref name="program"/> in <paramref name="directory"/> and returns its exit code and both outputs.</summary>
    public static (int Exit, string Output, string Error) Run(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
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
            return (process.ExitCode, output, error.GetAwaiter().GetResult());
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"'{program}' could not be started ({e.Message}). These tests need Node.js 20+ and npm on the PATH: install them "
                + "(https://nodejs.org, or `apt-get install nodejs npm`, or `winget install OpenJS.NodeJS.LTS`) and run the tests again.");
            throw;
        }
    }
}
