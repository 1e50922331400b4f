using System.Globalization;
using ChatPhone.Core.Storage.Redis;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using StackExchange.Redis.Profiling;
using Xunit.Abstractions;
using static ChatPhone.IntegrationTests.Core.Numbers.Assignment.NumberAssignmentIntegrationTests;

namespace ChatPhone.IntegrationTests.Core.Numbers.Assignment;

/// <summary>
/// What a typical AssignNumber costs. The client profiler sees round trips (SE.Redis profiles a MULTI/EXEC
/// unit as one EXEC entry); the server's own counter sees every command inside them.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class NumberAssignmentRoundTripIntegrationTests(RedisServerFixture redis, ITestOutputHelper output)
{
    [Fact]
    public async Task Assign_CostsOneAtomicReadAndOneConditionalWrite()
    {
        await using var world = await ReadyAsync(redis);
        var multiplexer = await world.Services.GetRequiredService<RedisConnection>().MultiplexerAsync();
        var session = new ProfilingSession();
        multiplexer.RegisterProfiler(() => session);

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));
        var roundTrips = session.FinishProfiling().OrderBy(c => c.CommandCreated).Select(c => c.Command).ToArray();
        multiplexer.RegisterProfiler(() => null);

        Assert.True(result.IsSuccess, result.Error?.Code);
        output.WriteLine($"round trips: {string.Join(' ', roundTrips)} (1 atomic read unit + 1 conditional write unit)");
        Assert.Equal(["EXEC", "EXEC"], roundTrips);
    }

    [Fact]
    public async Task Assign_SendsOneReadUnit_ThenOneConditionalWriteUnit_CommandByCommand()
    {
        await using var proxy = new RespProxy(redis.ConnectionString);
        await using var world = await ReadyAsync(redis, via: proxy.Endpoint);
        proxy.Reset();

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));
        // SELECT (database 0) and heartbeats are connection housekeeping, not the command's work.
        var sent = proxy.Commands.Where(c => c is not ("PING" or "ECHO" or "SELECT")).ToArray();

        Assert.True(result.IsSuccess, result.Error?.Code);
        output.WriteLine($"{sent.Length} commands for one AssignNumber: {string.Join(' ', sent)}");
        var firstExec = Array.IndexOf(sent, "EXEC");
        var read = sent[..(firstExec + 1)];
        var write = sent[(firstExec + 1)..];
        // Read unit: the number, the person, their licenses and lines and the setup tallies by id (one HMGET per
        // collection, with its version), the addresses in full, the idempotency key.
        Assert.Equal(["MULTI", "HMGET", "HMGET", "HMGET", "HMGET", "HMGET", "HGETALL", "GET", "EXEC"], read);
        // Write unit: conditions (WATCH + a check per document read), then MULTI … EXEC with the writes, and nothing after.
        Assert.Equal("EXEC", write[^1]);
        Assert.Equal(1, write.Count(c => c == "MULTI"));
        var writes = write[(Array.IndexOf(write, "MULTI") + 1)..^1];
        // Four documents change: the number, the person's lines, the setup tallies (one more user number assigned), and
        // the "your new number" message queued in the outbox in the same unit ("tell your users"). Each collection gets
        // one HSET and its version HINCRBY; the
        // audit entries travel as one page (a SETEX) indexed by one ZADD, with the ZREMRANGEBYSCORE that drops index
        // entries past the retention; the idempotency record is the other SETEX. The outbox message is new
        // (its id derives from the command's key), so it adds no condition: still one read unit and one write unit.
        Assert.Equal(["HINCRBY", "HINCRBY", "HINCRBY", "HINCRBY", "HSET", "HSET", "HSET", "HSET", "SETEX", "SETEX", "ZADD", "ZREMRANGEBYSCORE"], writes.Order());
        Assert.Equal(7, write.Count(c => c == "WATCH"));
    }
}
