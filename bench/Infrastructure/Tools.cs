namespace ChatPhone.Bench.Infrastructure;

/// <summary>Finds executables on PATH.</summary>
internal static class Tools
{
    /// <summary>The full path of <paramref name="name"/>, or null when it is not on PATH.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    /// <summary>A free loopback port chosen by the system.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A benchmark cannot run (a tool is missing, a server did not start): printed without a stack trace.</summary>
internal sealed class BenchException(string message) : Exception(message);
