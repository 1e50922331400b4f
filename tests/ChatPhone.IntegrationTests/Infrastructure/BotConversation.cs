using ChatPhone.Core;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// A conversation test's bot: the host on the shared RESP server (demo tenant seeded), ready before the first test
/// and disposed after the last, with the demo tenant, its first admin and the core service at hand.
/// </summary>
public abstract class BotConversation(RedisServerFixture redis, params (string Key, string Value)[] settings) : IAsyncLifetime
{
    /// <summary>The demo tenant every activity names by default.</summary>
    protected static readonly TenantId Demo = TenantId.Parse("demo");

    /// <summary>Megan Bowen, the demo tenant's admin, as the core sees her.</summary>
    protected static readonly Actor Admin = new(Demo, BotFactory.Megan, "Megan Bowen", Role.Admin);

    /// <summary>The bot under test.</summary>
    protected BotFactory Factory { get; private set; } = null!;

    /// <summary>A client of <see cref="Factory"/>, once it is ready.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The core domain service of the bot under test (to arrange state and check what changed).</summary>
    protected PhoneSystem Phone => Factory.Services.GetRequiredService<PhoneSystem>();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Factory = new BotFactory(redis, settings) { TestServices = ConfigureTestServices };
        Client = await Factory.ReadyClientAsync();
        await ArrangeAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await CleanUpAsync();
    }

    /// <summary>Buys Teams Phone Standard for <paramref name="people"/> of the demo tenant and assigns it to each, through the core commands.</summary>
    protected async Task LicensePhoneSystemAsync(params string[] people)
    {
        var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, people.Length));
        Assert.True(bought.IsSuccess, bought.IsSuccess ? null : bought.Error.Code);
        foreach (var person in people)
        {
            var assigned = await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(person), [Sku.PhoneSystem]));
            Assert.True(assigned.IsSuccess, assigned.IsSuccess ? null : assigned.Error.Code);
        }
    }

    /// <summary>Creates the call queue <paramref name="name"/> of the demo tenant with <paramref name="agents"/>, through the core command.</summary>
    protected async Task CreateCallQueueAsync(string name, params string[] agents)
    {
        var created = await Phone.CallQueues.CreateAsync(new CreateCallQueue(Admin, IdempotencyKey.New(), new CallQueueSettings { Name = name, Users = agents }));
        Assert.True(created.IsSuccess, created.IsSuccess ? null : created.Error.Code);
    }

    /// <summary>The demo tenant's call queue named <paramref name="name"/>, as stored.</summary>
    protected async Task<CallQueue> CallQueueAsync(string name) => (await Phone.VoiceApps.GetCallQueueAsync(Admin, name)).Value;

    /// <summary>Services a test class puts in place of the host's (a test double behind a port), before the bot starts.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>What a test class sets up once the bot is ready (people, servers of its own).</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    /// <summary>What a test class releases after the bot is gone.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;
}
