using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// A Redis Cluster of three masters on loopback, started for the tests that must prove every multi-key unit stays in
/// one hash slot (a transaction across slots fails with CROSSSLOT). Needs Debian's redis-server and redis-cli; without
/// them every test using it fails saying how to install them.
/// </summary>
public sealed class RedisClusterFixture : IAsyncLifetime, IRespServer
{
    private const int Masters = 3;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "chatphone-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly List<Process> _nodes = [];
    private int[] _ports = [];

    /// <inheritdoc />
    public string ConnectionString => string.Join(',', _ports.Select(p => $"127.0.0.1:{p}"));

    /// <inheritdoc />
    public string Describe => $"Redis Cluster ({Masters} masters: {string.Join(", ", _ports)})";

    public async Task InitializeAsync()
    {
        _ports = FreePorts(Masters);
        foreach (var port in _ports)
        {
            var directory = Directory.CreateDirectory(Path.Combine(_directory, port.ToString(CultureInfo.InvariantCulture))).FullName;
            _nodes.Add(Start("redis-server",
                $"--port {port} --bind 127.0.0.1 --cluster-enabled yes --cluster-config-file nodes.conf --dir {directory} " +
                "--save \"\" --appendonly no --protected-mode no"));
        }

        foreach (var port in _ports)
        {
            await WaitAsync(() => Ping(port), $"redis-server on port {port} did not answer PING");
        }

        var create = Start("redis-cli",
            $"--cluster create {string.Join(' ', _ports.Select(p => $"127.0.0.1:{p}"))} --cluster-replicas 0 --cluster-yes");
        await create.WaitForExitAsync();
        if (create.ExitCode != 0)
        {
            throw new InvalidOperationException($"redis-cli --cluster create failed: {await create.StandardError.ReadToEndAsync()}");
        }

        await WaitAsync(ClusterIsReadyAsync, "the cluster did not reach cluster_state:ok with 16384 slots on every node");
    }

    public Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }

            node.Dispose();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static Process Start(string program, string arguments)
    {
        try
        {
            return Process.Start(new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{program} is needed for the Redis Cluster tests: apt-get install redis-server (it brings redis-cli).", exception);
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> ready, string failure)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await ready())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(failure + " within 10 s.");
    }

    private static async Task<bool> Ping(int port)
    {
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},connectTimeout=500,abortConnect=true");
            await connection.GetDatabase().PingAsync();
            return true;
        }
        catch (RedisConnectionException)
        {
            return false;
        }
    }

    private async Task<bool> ClusterIsReadyAsync()
    {
        foreach (var port in _ports)
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},connectTimeout=500,allowAdmin=true");
            var info = (string?)await connection.GetServer("127.0.0.1", port).ExecuteAsync("CLUSTER", "INFO") ?? string.Empty;
            if (!info.Contains("cluster_state:ok", StringComparison.Ordinal) || !info.Contains("cluster_slots_assigned:16384", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Loopback ports free for a node and for its cluster bus (port + 10000).</summary>
    private static int[] FreePorts(int count)
    {
        var ports = new List<int>();
        while (ports.Count < count)
        {
            var port = Random.Shared.Next(20000, 30000);
            if (!ports.Contains(port) && LoopbackPorts.IsFree(port) && LoopbackPorts.IsFree(port + 10000))
            {
                ports.Add(port);
            }
        }

        return [.. ports];
    }
}

[CollectionDefinition(Name)]
public sealed class RedisClusterCollection : ICollectionFixture<RedisClusterFixture>
{
    public const string Name = "redis-cluster";
}
