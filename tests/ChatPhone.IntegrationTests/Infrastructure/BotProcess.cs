using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ChatPhone.Core.Storage.Redis;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// The built bot (<c>ChatPhone.Bot.dll</c>, as <c>dotnet run</c> would run it) as a separate process on the embedded
/// Garnet, with its data in a folder of the test's own: the only way to kill it with SIGKILL mid-write and start it
/// again on the same data. HTTP and Garnet keep their loopback ports across restarts.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private const int KeptLogLines = 200;

    private readonly (string Key, string Value)[] _settings;
    private readonly ConcurrentQueue<string> _log = new();
    private Process? _process;

    private BotProcess((string Key, string Value)[] settings)
    {
        _settings = settings;
        HttpPort = LoopbackPorts.Take();
        StorePort = LoopbackPorts.Take();
    }

    /// <summary>The folder holding the Garnet AOF (the same after every restart).</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "chatphone-bot-crash-" + Guid.NewGuid().ToString("N"));

    /// <summary>The port of <c>/api/messages</c> and <c>/healthz</c>.</summary>
    public int HttpPort { get; }

    /// <summary>The embedded Garnet's port, for reading the state back.</summary>
    public int StorePort { get; }

    /// <summary>A connection string to the embedded Garnet, with the password the bot keeps in its data folder.</summary>
    public string StoreConnectionString => $"127.0.0.1:{StorePort},password={EmbeddedStoreSecrets.ReadPassword(DataDirectory)}";

    /// <summary>The bot's address.</summary>
    public Uri Address => new($"http://127.0.0.1:{HttpPort}/");

    /// <summary>The last lines the bot wrote, for failure messages.</summary>
    public string RecentLog => string.Join("\n", _log);

    /// <summary>Starts the bot with <paramref name="settings"/> (configuration keys, <c>:</c>-separated) and waits until it is healthy.</summary>
    public static async Task<BotProcess> StartAsync(params (string Key, string Value)[] settings)
    {
        var bot = new BotProcess(settings);
        Directory.CreateDirectory(bot.DataDirectory);
        try
        {
            await bot.RestartAsync();
            return bot;
        }
        catch
        {
            // The caller never gets it to dispose: stop the process and remove its data here.
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the process with SIGKILL: no shutdown hooks, no flush, no dispose.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The bot is not running.");
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    /// <summary>Starts the bot on the same ports and data and waits until <c>/healthz</c> answers 200.</summary>
    public async Task<TimeSpan> RestartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ChatPhone.Bot.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            // The bot's appsettings.json is copied beside the tests; the content root is the working directory.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{HttpPort}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Whatever a local settings file says: no channel authentication, the embedded store.
        start.Environment["MicrosoftAppId"] = string.Empty;
        start.Environment["Redis__ConnectionString"] = string.Empty;
        start.Environment["Redis__Embedded__DataDirectory"] = DataDirectory;
        start.Environment["Redis__Embedded__Port"] = StorePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var watch = Stopwatch.StartNew();
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
        return watch.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await KillAsync();
        }

        LoopbackPorts.Return(HttpPort);
        LoopbackPorts.Return(StorePort);
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process!.HasExited)
            {
                // Also waits until its output has been read to the end: the last lines say why it exited.
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode}:\n{RecentLog}");
            }

            try
            {
                if ((await client.GetAsync("healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The bot did not become healthy within 120 s:\n{RecentLog}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > KeptLogLines)
        {
            _log.TryDequeue(out _);
        }
    }
}
