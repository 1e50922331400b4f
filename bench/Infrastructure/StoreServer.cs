using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using StackExchange.Redis;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>
/// A RESP server the benchmark owns for its whole run: Debian's redis-server (no persistence) or the same
/// embedded Garnet the bot starts by default (AOF, commit waited for). Owning it keeps figures reproducible.
/// </summary>
internal sealed class StoreServer : IAsyncDisposable
{
    private readonly Process? _redis;
    private readonly EmbeddedGarnet? _garnet;
    private readonly string? _dataDirectory;

    private StoreServer(string name, int port, Process? redis, EmbeddedGarnet? garnet, string? dataDirectory, ConnectionMultiplexer admin)
    {
        Name = name;
        Port = port;
        _redis = redis;
        _garnet = garnet;
        _dataDirectory = dataDirectory;
        Admin = admin;
    }

    /// <summary>"redis" or "garnet".</summary>
    public string Name { get; }

    /// <summary>Loopback port.</summary>
    public int Port { get; }

    /// <summary>The password clients must send (the embedded Garnet's), or null.</summary>
    public string? Password => _garnet?.Password;

    /// <summary>host:port (and password) for StackExchange.Redis and the bot's settings.</summary>
    public string ConnectionString => _garnet?.ConnectionString ?? $"127.0.0.1:{Port}";

    /// <summary>A connection for INFO and other server commands (not used by the code under test).</summary>
    public ConnectionMultiplexer Admin { get; }

    /// <summary>Starts redis-server on the first free port of <paramref name="ports"/>; fails clearly when it is not installed.</summary>
    public static async Task<StoreServer> StartRedisAsync(IEnumerable<int> ports)
    {
        var executable = Tools.Find("redis-server")
            ?? throw new BenchException("redis-server is not installed. Install it with: apt-get install redis-server (Debian/Ubuntu).");
        var candidates = ports.ToArray();
        var port = candidates.FirstOrDefault(IsFree);
        if (port == 0)
        {
            throw new BenchException($"No free port for redis-server in {candidates.Min()}-{candidates.Max()}.");
        }

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new BenchException("redis-server did not start.");
        _ = process.StandardOutput.ReadToEndAsync();
        var admin = await ConnectAsync(port);
        return new StoreServer("redis", port, process, null, null, admin);
    }

    /// <summary>Starts the bot's embedded Garnet (same options as the product's defaults) in a temporary directory.</summary>
    public static async Task<StoreServer> StartGarnetAsync()
    {
        var directory = Directory.CreateTempSubdirectory("chatphone-bench-garnet-").FullName;
        var defaults = new EmbeddedStoreOptions { DataDirectory = directory };
        var garnet = EmbeddedGarnet.Start(defaults);
        var admin = await ConnectAsync(garnet.Port, garnet.Password);
        return new StoreServer("garnet", garnet.Port, null, garnet, directory, admin);
    }

    /// <summary>The server's version line (redis_version from INFO server).</summary>
    public async Task<string> VersionAsync()
    {
        var info = await InfoAsync("server");
        return CommandStats.Field(info, "redis_version") ?? "unknown";
    }

    /// <summary>The raw text of INFO <paramref name="section"/>.</summary>
    public async Task<string> InfoAsync(string section)
    {
        var result = await Admin.GetDatabase().ExecuteAsync("INFO", section);
        return result.ToString() ?? string.Empty;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Admin.DisposeAsync();
        if (_redis is not null)
        {
            _redis.Kill(entireProcessTree: true);
            await _redis.WaitForExitAsync();
            _redis.Dispose();
        }

        _garnet?.Dispose();
        if (_dataDirectory is not null)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(int port, string? password = null)
    {
        var options = ConfigurationOptions.Parse($"127.0.0.1:{port},allowAdmin=true,abortConnect=false");
        options.Password = password;
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(options);
        for (var i = 0; i < 100 && !multiplexer.IsConnected; i++)
        {
            await Task.Delay(100);
        }

        return multiplexer.IsConnected ? multiplexer : throw new BenchException($"The store on port {port} did not answer.");
    }

    /// <summary>True when nothing listens on loopback <paramref name="port"/>.</summary>
    internal static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
