using System.Diagnostics;
using System.Globalization;
using System.Net;
using StackExchange.Redis;

namespace ChatPhone.Bench.Infrastructure;

/// <summary>Where a cluster holds the keys under one prefix: per tenant (the hash tag <c>{t:…}</c>), the slots its keys map to.</summary>
/// <param name="Tenants">Tenants with at least one key.</param>
/// <param name="Keys">Keys scanned on every primary.</param>
/// <param name="SplitTenants">Tenants whose keys map to more than one slot (the target is none).</param>
/// <param name="DistinctSlots">Slots holding at least one key.</param>
/// <param name="KeysPerNode">Keys found on each primary (host:port).</param>
/// <param name="TenantsPerNode">Tenants whose keys are on each primary.</param>
internal sealed record SlotCheck(int Tenants, int Keys, int SplitTenants, int DistinctSlots, IReadOnlyDictionary<string, int> KeysPerNode, IReadOnlyDictionary<string, int> TenantsPerNode)
{
    /// <summary>One line for the console and the report.</summary>
    public override string ToString() =>
        $"{Tenants:N0} tenants, {Keys:N0} keys on {KeysPerNode.Count} primaries ({string.Join(", ", KeysPerNode.Select(n => $"{n.Key}: {n.Value:N0} keys, {TenantsPerNode.GetValueOrDefault(n.Key):N0} tenants"))}); " +
        $"{DistinctSlots:N0} slots used; " +
        (SplitTenants == 0 ? "every tenant's keys in one slot" : $"**{SplitTenants:N0} tenants' keys span more than one slot**");
}

/// <summary>
/// A Redis Cluster of three primaries and no replicas that the bench owns for its run: redis-server with
/// <c>--cluster-enabled yes</c> on three free loopback ports, joined by <c>redis-cli --cluster create</c>; no persistence.
/// </summary>
internal sealed class RedisCluster : IAsyncDisposable
{
    private readonly List<Process> _nodes;
    private readonly string _directory;

    private RedisCluster(List<Process> nodes, int[] ports, string directory, ConnectionMultiplexer admin)
    {
        _nodes = nodes;
        Ports = ports;
        _directory = directory;
        Admin = admin;
    }

    /// <summary>The primaries' ports.</summary>
    public IReadOnlyList<int> Ports { get; }

    /// <summary>Every primary, comma separated: what the bot's <c>Redis:ConnectionString</c> takes.</summary>
    public string ConnectionString => string.Join(',', Ports.Select(p => $"127.0.0.1:{p}"));

    /// <summary>The nodes' processes (for the CPU time they use).</summary>
    public IReadOnlyList<Process> Processes => _nodes;

    /// <summary>A connection for server commands (SCAN, CLUSTER KEYSLOT), not used by the code under test.</summary>
    public ConnectionMultiplexer Admin { get; }

    /// <summary>Starts three nodes on the first free ports of <paramref name="ports"/> and creates the cluster; returns once every node says cluster_state:ok.</summary>
    public static async Task<RedisCluster> StartAsync(IEnumerable<int> ports)
    {
        var server = Tools.Find("redis-server")
            ?? throw new BenchException("redis-server is not installed. Install it with: apt-get install redis-server (Debian/Ubuntu).");
        var cli = Tools.Find("redis-cli")
            ?? throw new BenchException("redis-cli is not installed. Install it with: apt-get install redis-tools (Debian/Ubuntu).");
        var candidates = ports.ToArray();
        // A node also listens on its port + 10,000 (the cluster bus).
        var chosen = candidates.Where(p => StoreServer.IsFree(p) && StoreServer.IsFree(p + 10_000)).Take(3).ToArray();
        if (chosen.Length < 3)
        {
            throw new BenchException($"No three free ports for a Redis Cluster in {candidates.Min()}-{candidates.Max()}.");
        }

        var directory = Directory.CreateTempSubdirectory("chatphone-bench-cluster-").FullName;
        var nodes = new List<Process>();
        try
        {
            foreach (var port in chosen)
            {
                nodes.Add(StartNode(server, port, directory));
            }

            foreach (var port in chosen)
            {
                await WaitAsync(() => RunAsync(cli, ["-p", Text(port), "ping"]), output => output.Contains("PONG", StringComparison.Ordinal), $"redis-server on {port} did not answer");
            }

            var create = await RunAsync(cli, ["--cluster", "create", .. chosen.Select(p => $"127.0.0.1:{p}"), "--cluster-replicas", "0", "--cluster-yes"]);
            if (!create.Contains("All 16384 slots covered", StringComparison.Ordinal))
            {
                throw new BenchException("redis-cli --cluster create failed: " + create);
            }

            foreach (var port in chosen)
            {
                await WaitAsync(() => RunAsync(cli, ["-p", Text(port), "cluster", "info"]), output => output.Contains("cluster_state:ok", StringComparison.Ordinal), $"the cluster node on {port} did not reach cluster_state:ok");
            }

            var options = ConfigurationOptions.Parse(string.Join(',', chosen.Select(p => $"127.0.0.1:{p}")) + ",allowAdmin=true,abortConnect=false");
            var admin = await ConnectionMultiplexer.ConnectAsync(options);
            return new RedisCluster(nodes, chosen, directory, admin);
        }
        catch
        {
            Stop(nodes);
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>The redis_version of the first node.</summary>
    public async Task<string> VersionAsync()
    {
        var info = await Admin.GetServer("127.0.0.1", Ports[0]).ExecuteAsync("INFO", "server");
        return CommandStats.Field(info.ToString() ?? string.Empty, "redis_version") ?? "unknown";
    }

    /// <summary>
    /// Scans every primary for the keys under <paramref name="prefix"/>, asks the server for each key's slot
    /// (<c>CLUSTER KEYSLOT</c>) and groups them by tenant (the text between <c>{t:</c> and <c>}</c>).
    /// </summary>
    public async Task<SlotCheck> CheckSlotsAsync(string prefix)
    {
        var slotsByTenant = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        var keysPerNode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var tenantsPerNode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var allSlots = new HashSet<long>();
        var keys = 0;
        foreach (var server in Admin.GetServers().Where(s => !s.IsReplica))
        {
            var node = server.EndPoint is IPEndPoint ip ? $"{ip.Address}:{ip.Port}" : server.EndPoint.ToString()!;
            var found = new List<RedisKey>();
            await foreach (var key in server.KeysAsync(pattern: prefix + ":*", pageSize: 1000))
            {
                found.Add(key);
            }

            var tenantsHere = new HashSet<string>(StringComparer.Ordinal);
            foreach (var batch in found.Chunk(1000))
            {
                var slots = await Task.WhenAll(batch.Select(k => server.ExecuteAsync("CLUSTER", "KEYSLOT", (string)k!)));
                for (var i = 0; i < batch.Length; i++)
                {
                    var slot = (long)slots[i];
                    allSlots.Add(slot);
                    var tenant = TenantOf(batch[i]!);
                    if (tenant is null)
                    {
                        continue;
                    }

                    tenantsHere.Add(tenant);
                    (slotsByTenant.TryGetValue(tenant, out var set) ? set : slotsByTenant[tenant] = []).Add(slot);
                }
            }

            keys += found.Count;
            keysPerNode[node] = found.Count;
            tenantsPerNode[node] = tenantsHere.Count;
        }

        return new SlotCheck(slotsByTenant.Count, keys, slotsByTenant.Count(t => t.Value.Count > 1), allSlots.Count, keysPerNode, tenantsPerNode);
    }

    /// <summary>The tenant of a bench key (<c>prefix:{t:tenant}:…</c>), or null.</summary>
    public static string? TenantOf(string key)
    {
        var start = key.IndexOf("{t:", StringComparison.Ordinal);
        var end = start < 0 ? -1 : key.IndexOf('}', start);
        return end < 0 ? null : key[(start + 3)..end];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Admin.DisposeAsync();
        Stop(_nodes);
        foreach (var node in _nodes)
        {
            await node.WaitForExitAsync();
            node.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static Process StartNode(string executable, int port, string directory)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--port", Text(port), "--bind", "127.0.0.1", "--cluster-enabled", "yes", "--cluster-config-file", $"nodes-{port}.conf",
            "--cluster-node-timeout", "5000", "--dir", directory, "--save", string.Empty, "--appendonly", "no",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new BenchException($"redis-server did not start on {port}.");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static void Stop(IEnumerable<Process> nodes)
    {
        foreach (var node in nodes.Where(n => !n.HasExited))
        {
            node.Kill(entireProcessTree: true);
        }
    }

    private static async Task WaitAsync(Func<Task<string>> probe, Func<string, bool> done, string failure)
    {
        var output = string.Empty;
        for (var i = 0; i < 100; i++)
        {
            output = await probe();
            if (done(output))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new BenchException($"{failure} within 10 s: {output}");
    }

    private static async Task<string> RunAsync(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await output + await errors;
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
