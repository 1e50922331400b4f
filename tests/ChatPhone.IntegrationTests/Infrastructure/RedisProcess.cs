using System.ComponentModel;
using System.Diagnostics;
using StackExchange.Redis;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// A redis-server of the test's own, on a loopback port of its own and a temporary data folder, set up so an
/// acknowledged write survives a crash (<c>appendfsync always</c>, no RDB snapshots). It can be killed with SIGKILL
/// and started again on the same port and data. Never skips: without redis-server every test using it fails.
/// </summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "chatphone-crash-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    private RedisProcess(int port) => Port = port;

    /// <summary>The port it listens on (the same after every restart).</summary>
    public int Port { get; }

    /// <summary>What StackExchange.Redis is given.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts a server on a free port of <see cref="LoopbackPorts"/> and waits until it answers PING.</summary>
    public static async Task<RedisProcess> StartAsync()
    {
        var server = new RedisProcess(LoopbackPorts.Take());
        Directory.CreateDirectory(server._dataDirectory);
        await server.RestartAsync();
        return server;
    }

    /// <summary>Kills the server with SIGKILL (no shutdown, no final fsync) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException("redis-server is not running.");
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    /// <summary>Starts the server again on the same port and data folder and waits until it has loaded the AOF.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            WorkingDirectory = _dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--dir", _dataDirectory, "--appendonly", "yes", "--appendfsync", "always", "--save", string.Empty,
                     "--daemonize", "no", "--logfile", Path.Combine(_dataDirectory, "redis.log"),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(start)!;
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                "redis-server is not installed; the crash tests start their own. Install it: apt-get install redis-server", exception);
        }

        await WaitUntilAnsweringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await KillAsync();
        }

        LoopbackPorts.Return(Port);
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process!.HasExited)
            {
                var log = Path.Combine(_dataDirectory, "redis.log");
                throw new InvalidOperationException(
                    $"redis-server exited with {_process.ExitCode}: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : await _process.StandardError.ReadToEndAsync())}");
            }

            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},connectTimeout=500,abortConnect=true");
                // While it loads the AOF, redis answers LOADING; PING succeeding means it serves commands.
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"redis-server on port {Port} did not answer within 10 s.");
    }
}
