using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core;

[Collection(RedisCollection.Name)]
public sealed class VersionedStoreIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("t1");

    [Fact]
    public async Task Write_FollowsETagRules_MissingWritesStarOverwritesStaleConflicts()
    {
        await using var services = CoreServices.Create(redis);
        var store = services.GetRequiredService<IVersionedStore>();

        var first = (await store.WriteAsync(Tenant, "doc", "{\"v\":1}", "anything")).Value;
        var second = (await store.WriteAsync(Tenant, "doc", "{\"v\":2}", first)).Value;
        var stale = await store.WriteAsync(Tenant, "doc", "{\"v\":3}", first);
        var forced = await store.WriteAsync(Tenant, "doc", "{\"v\":4}", "*");
        var read = await store.ReadAsync(Tenant, ["doc", "missing"]);

        Assert.NotEqual(first, second);
        Assert.Equal("store.etag_conflict", stale.Error?.Code);
        Assert.True(forced.IsSuccess);
        Assert.Equal(("{\"v\":4}", forced.Value), (read["doc"].Json, read["doc"].ETag));
        Assert.False(read.ContainsKey("missing"));
    }

    [Fact]
    public async Task Write_ConcurrentWritersWithTheSameETag_ExactlyOneWins()
    {
        await using var services = CoreServices.Create(redis);
        var store = services.GetRequiredService<IVersionedStore>();
        var etag = (await store.WriteAsync(Tenant, "race", "{}", null)).Value;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.WriteAsync(Tenant, "race", $"{{\"i\":{i}}}", etag)));

        Assert.Single(results, r => r.IsSuccess);
    }

    [Fact]
    public async Task InboundLedger_SecondClaimOfAnActivity_IsRefusedUntilReleased()
    {
        await using var services = CoreServices.Create(redis);
        var ledger = services.GetRequiredService<IInboundLedger>();

        Assert.True(await ledger.TryClaimAsync(Tenant, "conv", "act-1"));
        Assert.False(await ledger.TryClaimAsync(Tenant, "conv", "act-1"));
        Assert.True(await ledger.TryClaimAsync(Tenant, "other-conv", "act-1"));
        await ledger.ReleaseAsync(Tenant, "conv", "act-1");
        Assert.True(await ledger.TryClaimAsync(Tenant, "conv", "act-1"));
    }
}
