using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.VoiceApps.VoiceAppHarness;

namespace ChatPhone.IntegrationTests.Core.CallQueues;

/// <summary>
/// Fifty admins editing one call queue at the same instant (issue 8, R2), on each store (<see cref="CallQueueEditRacesOnGarnet"/>…):
/// edits made from the same reading have exactly one winner and the others are told the queue changed meanwhile;
/// of fifty agents added at once, every one accepted is kept (no edit is lost) and the rest are refused by the limit.
/// </summary>
public abstract class CallQueueEditRaceTests(IRespServer server)
{
    private const int Admins = 50;

    [Fact]
    public async Task FiftyEditsFromTheSameReading_OneWins_TheOthersAreToldItChangedMeanwhile()
    {
        await using var harness = await StartAsync(server);
        var sales = await harness.QueueAsync("Sales");

        var edits = await AllAtOnceAsync(i => harness.Queues.UpdateAsync(
            new UpdateCallQueue(AdminOf(i), NewKey(), sales.Id, sales.Settings with { Name = $"Sales {i}" }, Seen: sales.UpdatedAt)));

        var winner = Assert.Single(edits, e => e.IsSuccess);
        Assert.All(edits.Where(e => !e.IsSuccess), e => Assert.Equal("callqueue.changed_meanwhile", e.Error!.Code));
        Assert.Contains("Nothing was changed", edits.First(e => !e.IsSuccess).Error!.Describe(Language.English), StringComparison.Ordinal);
        var stored = (await harness.Queries.GetCallQueueAsync(Admin, sales.Id)).Value;
        Assert.Equal(winner.Value.Queue.Name, stored.Name);
    }

    [Fact]
    public async Task FiftyAgentsAddedAtOnce_EveryAcceptedOneIsKept_UpToTheQueuesLimit()
    {
        await using var harness = await StartAsync(server);
        var agents = Enumerable.Range(0, Admins).Select(i => $"agent-{i}").ToArray();
        await TenantSeed.PeopleAsync(harness.Services, Tenant, [.. agents.Select(a => (a, a + "@contoso.com", a, "US", "user"))]);
        await TenantSeed.PutAsync(harness.Services, Tenant, LicensingCollections.Users, [.. agents.Select(a => (a, new UserLicenses(a, "US", [Sku.PhoneSystem])))]);
        var sales = await harness.QueueAsync("Sales");

        var added = await AllAtOnceAsync(i => harness.Queues.AddAgentAsync(new AddCallQueueAgent(AdminOf(i), NewKey(), sales.Id, UserId.Parse(agents[i]))));

        var accepted = agents.Where((_, i) => added[i].IsSuccess).ToArray();
        Assert.Equal(CallQueueValidator.MaxUsers, accepted.Length);
        Assert.All(added.Where(a => !a.IsSuccess), a => Assert.Equal("callqueue.too_many_users", a.Error!.Code));
        var stored = (await harness.Queries.GetCallQueueAsync(Admin, sales.Id)).Value;
        Assert.Equal(accepted.Order(), stored.Settings.Users.Order());
    }

    private static async Task<Result<CallQueueSaved>[]> AllAtOnceAsync(Func<int, Task<Result<CallQueueSaved>>> edit)
    {
        using var start = new SemaphoreSlim(0);
        var running = Enumerable.Range(0, Admins).Select(i => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await edit(i);
        })).ToArray();
        start.Release(Admins);
        return await Task.WhenAll(running);
    }

    private static Actor AdminOf(int i) => Admin with { UserId = $"admin-{i}", DisplayName = $"Admin {i}" };
}

[Collection(RedisCollection.Name)]
public sealed class CallQueueEditRacesOnTestServer(RedisServerFixture server) : CallQueueEditRaceTests(server);

[Collection(GarnetCollection.Name)]
public sealed class CallQueueEditRacesOnGarnet(GarnetFixture server) : CallQueueEditRaceTests(server);

[Collection(RedisClusterCollection.Name)]
public sealed class CallQueueEditRacesOnRedisCluster(RedisClusterFixture server) : CallQueueEditRaceTests(server);
