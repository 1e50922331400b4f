using System.Net.Sockets;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis.Profiling;
using Xunit.Abstractions;
using static ChatPhone.IntegrationTests.Core.Numbers.NumberAssignmentIntegrationTests;

namespace ChatPhone.IntegrationTests.Core.Numbers;

/// <summary>
/// How many round trips a typical AssignNumber costs. SE.Redis profiles a transaction as one EXEC entry,
/// so the profiler shows the batch and the transaction; on a real Redis, MONITOR also shows what the
/// transaction sends (WATCH, its condition checks, MULTI, the writes, EXEC).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class NumberAssignmentRoundTripIntegrationTests(RedisServerFixture redis, ITestOutputHelper output)
{
    private static readonly HashSet<string> Reads = ["HGET", "HGETALL", "GET"];

    [Fact]
    public async Task Assign_SendsOneReadBatch_ThenOneTransaction_AndNothingAfterExec()
    {
        await using var world = await ReadyAsync(redis);
        var multiplexer = await world.Services.GetRequiredService<RedisConnection>().MultiplexerAsync();
        var session = new ProfilingSession();
        multiplexer.RegisterProfiler(() => session);

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));
        var commands = session.FinishProfiling().OrderBy(c => c.CommandCreated).Select(c => c.Command).ToArray();
        multiplexer.RegisterProfiler(() => null);

        Assert.True(result.IsSuccess, result.Error?.Code);
        output.WriteLine($"{commands.Length} profiled commands: {string.Join(' ', commands)}");
        var reads = commands[..^1];
        Assert.All(reads, c => Assert.Contains(c, Reads));
        Assert.Equal(6, reads.Length); // number, person, licenses, lines (HGET ×4), addresses (HGETALL), idempotency key (GET)
        Assert.Equal("EXEC", commands[^1]);
        output.WriteLine($"round trips: 1 read batch of {reads.Length} reads + 1 transaction");
    }

    [Fact]
    public async Task Assign_OnTheWire_ReadsComeBeforeWatch_AndTheTransactionEndsWithExec()
    {
        await using var world = await ReadyAsync(redis);
        if (redis.IsEmbedded)
        {
            output.WriteLine("The in-process Garnet has no MONITOR; the profiler test covers the round trips.");
            return;
        }

        var prefix = world.Services.GetRequiredService<IOptions<StoreOptions>>().Value.KeyPrefix;
        var (host, port) = (redis.ConnectionString.Split(':')[0], int.Parse(redis.ConnectionString.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture));
        using var monitor = new TcpClient();
        await monitor.ConnectAsync(host, port);
        using var reader = new StreamReader(monitor.GetStream());
        await monitor.GetStream().WriteAsync("MONITOR\r\n"u8.ToArray());
        Assert.Equal("+OK", await reader.ReadLineAsync());

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));
        var commands = await OurCommandsAsync(reader, prefix);

        Assert.True(result.IsSuccess, result.Error?.Code);
        output.WriteLine($"{commands.Count} commands on the wire: {string.Join(' ', commands)}");
        var watch = commands.IndexOf("WATCH");
        var multi = commands.IndexOf("MULTI");
        Assert.Equal(6, watch);
        Assert.All(commands.Take(watch), c => Assert.Contains(c, Reads));
        Assert.True(multi > watch);
        Assert.Single(commands, c => c == "MULTI");
        Assert.Equal("EXEC", commands[^1]);
    }

    // The commands of the client that touched our keys, up to its EXEC (plus a short wait to catch anything after it).
    private static async Task<List<string>> OurCommandsAsync(StreamReader reader, string prefix)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? client = null;
        var commands = new List<string>();
        while (!timeout.IsCancellationRequested)
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                break;
            }

            // +1700000000.123456 [0 127.0.0.1:54321] "HGET" "key" "field"
            var open = line.IndexOf('[', StringComparison.Ordinal);
            var close = line.IndexOf(']', StringComparison.Ordinal);
            if (open < 0 || close < open)
            {
                continue;
            }

            var from = line[(open + 1)..close].Split(' ')[^1];
            client ??= line.Contains(prefix, StringComparison.Ordinal) ? from : null;
            if (client != from)
            {
                continue;
            }

            var command = line[(close + 3)..].Split('"')[0].ToUpperInvariant();
            if (command is "PING" or "ECHO" or "INFO" or "CLUSTER")
            {
                continue;
            }

            commands.Add(command);
            if (command == "EXEC")
            {
                break;
            }
        }

        return commands;
    }
}
