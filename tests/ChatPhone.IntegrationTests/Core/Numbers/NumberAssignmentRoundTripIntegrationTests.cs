using ChatPhone.Core.Storage.Redis;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis.Profiling;
using Xunit.Abstractions;
using static ChatPhone.IntegrationTests.Core.Numbers.NumberAssignmentIntegrationTests;

namespace ChatPhone.IntegrationTests.Core.Numbers;

/// <summary>
/// How many round trips a typical AssignNumber costs. SE.Redis profiles a transaction as one EXEC entry
/// (its WATCH, condition checks, MULTI and writes travel with it), so the profiler shows the read batch
/// and the one transaction, on Redis and on Garnet alike.
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
}
