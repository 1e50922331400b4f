using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.State;
using ChatPhone.Bot.Turns;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Role = ChatPhone.Core.Directory.Role;

namespace ChatPhone.IntegrationTests.Bot.State;

/// <summary>Flow state and strangers' conversation references expire on the server, and each write pushes the expiry back.</summary>
[Collection(RedisCollection.Name)]
public sealed class BotStateExpiryIntegrationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly BotStateOptions Lifetimes = new();
    private readonly ManualClock _clock = new();
    private ServiceProvider _services = null!;
    private ConnectionMultiplexer _raw = null!;

    public async Task InitializeAsync()
    {
        _services = CoreServices.Create(redis);
        _raw = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _raw.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task FlowState_Save_ExpiresAfterTheFlowLifetime_AndTheNextSaveRefreshesIt()
    {
        var flows = new FlowStateStore(Storage(), Options.Create(Lifetimes), NullLogger<FlowStateStore>.Instance);
        var identity = Identity("u1", Role.User);
        var state = await flows.LoadAsync(identity, CancellationToken.None);
        state.PendingFlow = "numbers.assign";
        await flows.SaveAsync(identity, state, CancellationToken.None);
        var key = Key(BotStateKeys.Flow("conv", "u1"));
        AssertLivesAbout(Lifetimes.FlowStateLifetime, await Db.KeyTimeToLiveAsync(key));

        await Db.KeyExpireAsync(key, TimeSpan.FromHours(1));
        var next = await flows.LoadAsync(identity, CancellationToken.None);
        next.ClearFlow();
        await flows.SaveAsync(identity, next, CancellationToken.None);

        AssertLivesAbout(Lifetimes.FlowStateLifetime, await Db.KeyTimeToLiveAsync(key));
    }

    [Fact]
    public async Task Stranger_ReferenceExpires_WhileTheConversationAndEndpointStay()
    {
        await References().RememberAsync(Identity("aad-stranger", Role.Unknown), Message("aad-stranger", "a:stranger"), Language.English, default);

        AssertLivesAbout(Lifetimes.StrangerReferenceLifetime, await Db.KeyTimeToLiveAsync(Key(BotStateKeys.PersonReference("aad-stranger"))));
        Assert.Null(await Db.KeyTimeToLiveAsync(Key(BotStateKeys.TenantReference)));
        Assert.True(await Db.KeyExistsAsync(Key(BotStateKeys.TenantReference)));
    }

    [Fact]
    public async Task Stranger_StillTalkingAfterHalfTheLifetime_HasTheExpiryPushedBack()
    {
        var references = References();
        var stranger = Identity("aad-stranger", Role.Unknown);
        var key = Key(BotStateKeys.PersonReference("aad-stranger"));
        await references.RememberAsync(stranger, Message("aad-stranger", "a:stranger"), Language.English, default);
        await Db.KeyExpireAsync(key, TimeSpan.FromHours(1));

        _clock.Advance(Lifetimes.StrangerReferenceLifetime / 4);
        await references.RememberAsync(stranger, Message("aad-stranger", "a:stranger"), Language.English, default);
        var soonAfter = await Db.KeyTimeToLiveAsync(key);
        _clock.Advance(Lifetimes.StrangerReferenceLifetime / 2);
        await references.RememberAsync(stranger, Message("aad-stranger", "a:stranger"), Language.English, default);

        // Unchanged and early: nothing written. Past half the lifetime: written again with a full one.
        Assert.InRange(soonAfter!.Value, TimeSpan.Zero, TimeSpan.FromHours(1));
        AssertLivesAbout(Lifetimes.StrangerReferenceLifetime, await Db.KeyTimeToLiveAsync(key));
    }

    [Fact]
    public async Task StrangerAddedToTheDirectory_KeepsTheirReferenceForEver()
    {
        await References().RememberAsync(Identity("aad-new", Role.Unknown), Message("aad-new", "a:new"), Language.English, default);
        var key = Key(BotStateKeys.PersonReference("aad-new"));
        Assert.NotNull(await Db.KeyTimeToLiveAsync(key));

        // A later process, after the import: the same person now has a role.
        await References().RememberAsync(Identity("aad-new", Role.User), Message("aad-new", "a:new"), Language.English, default);

        Assert.Null(await Db.KeyTimeToLiveAsync(key));
        Assert.True(await Db.KeyExistsAsync(key));
    }

    private IDatabase Db => _raw.GetDatabase();

    private RedisBotStorage Storage() => new(_services.GetRequiredService<IVersionedStore>());

    private ConversationReferenceStore References() =>
        new(Storage(), Options.Create(Lifetimes), _clock, NullLogger<ConversationReferenceStore>.Instance);

    private RedisKey Key(string name) => _services.GetRequiredService<RedisKeys>().BotState(Tenant, name);

    private static void AssertLivesAbout(TimeSpan lifetime, TimeSpan? actual)
    {
        Assert.NotNull(actual);
        Assert.InRange(actual.Value, lifetime - TimeSpan.FromMinutes(5), lifetime);
    }

    private static TurnIdentity Identity(string userId, Role role) => new(new Actor(Tenant, userId, userId, role), "conv", Language.English);

    private static Activity Message(string user, string conversation) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = "https://smba.example/emea/",
        Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: conversation, tenantId: "tenant-guid"),
        From = new ChannelAccount("29:" + user, user, aadObjectId: user),
        Recipient = new ChannelAccount("28:bot", "ChatPhone"),
        Text = "hello",
    };
}
