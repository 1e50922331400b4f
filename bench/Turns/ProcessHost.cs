using System.Diagnostics;
using System.Net;
using ChatPhone.Bench.Infrastructure;

namespace ChatPhone.Bench.Turns;

/// <summary>
/// A bot in a process of its own (<c>dotnet some.dll --urls http://127.0.0.1:port …</c>), as a real deployment runs it:
/// nothing it does shares the bench's threads, heap or thread pool. Killed with its children on dispose.
/// </summary>
internal sealed class ProcessHost : IAsyncDisposable
{
    private readonly Process _process;

    private ProcessHost(Process process, Uri address)
    {
        _process = process;
        Client = new TurnClient(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) });
    }

    /// <summary>Posts turns to this process.</summary>
    public TurnClient Client { get; }

    /// <summary>The process (for the CPU time it uses).</summary>
    public Process Process => _process;

    /// <summary>Starts <paramref name="dll"/> with <paramref name="arguments"/> and <paramref name="environment"/>; returns once /healthz answers 200.</summary>
    public static async Task<ProcessHost> StartAsync(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(dll))
        {
            throw new BenchException($"{dll} is missing: build in Release first (`dotnet run -c Release --project bench` does it).");
        }

        var address = new Uri($"http://127.0.0.1:{Tools.FreePort()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Prepend(dll).Concat(["--urls", address.ToString().TrimEnd('/')]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new BenchException($"dotnet did not start {dll}.");
        // Read what it writes so a full pipe never blocks it.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var host = new ProcessHost(process, address);
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new BenchException($"{Path.GetFileName(dll)} exited with {process.ExitCode} before it was healthy.");
            }

            try
            {
                if ((await probe.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await host.DisposeAsync();
        throw new BenchException($"{Path.GetFileName(dll)} did not become healthy within 60 s.");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
