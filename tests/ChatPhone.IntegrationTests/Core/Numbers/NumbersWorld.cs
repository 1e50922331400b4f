using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatPhone.IntegrationTests.Core.Numbers;

/// <summary>One tenant with the Numbers services on the test server, and seeding helpers.</summary>
public sealed class NumbersWorld : IAsyncDisposable
{
    public static readonly TenantId Tenant = TenantId.Parse("contoso");
    public static readonly Actor Admin = TenantSeed.Admin(Tenant);
    public static readonly Actor HelpdeskAgent = new(Tenant, "helpdesk-1", "Sam", Role.Helpdesk);

    private NumbersWorld(ServiceProvider services, NumbersOptions options)
    {
        Services = services;
        var runner = ActivatorUtilities.CreateInstance<CommandRunner>(services, Clock);
        Runner = runner;
        Orders = new NumberOrderService(runner, Options.Create(options));
        Assignment = new NumberAssignmentService(runner, new ChatPhone.Core.Numbers.Microsoft365.NoConnectedNumbers());
        Queries = new NumberQueries(runner, Clock);
    }

    public ServiceProvider Services { get; }

    public ManualClock Clock { get; } = new();

    public CommandRunner Runner { get; }

    public NumberOrderService Orders { get; }

    public NumberAssignmentService Assignment { get; }

    public NumberQueries Queries { get; }

    /// <summary>A world on the test server, or reaching it through <paramref name="via"/> (a proxy endpoint).</summary>
    public static NumbersWorld Create(RedisServerFixture redis, NumbersOptions? options = null, string? via = null) =>
        new(via is null ? CoreServices.Create(redis) : CoreServices.Create(redis, ("Redis:ConnectionString", via)), options ?? new NumbersOptions());

    public static IdempotencyKey Key(string value) => IdempotencyKey.TryCreate(value).Value;

    public static IdempotencyKey NewKey() => IdempotencyKey.New();

    public Task PeopleAsync(params (string Id, string Name, string UsageLocation)[] people) =>
        TenantSeed.PeopleAsync(Services, Tenant, people.Select(p => (p.Id, $"{p.Id}@contoso.com", p.Name, p.UsageLocation, "user")).ToArray());

    public Task LicensesAsync(string userId, string usageLocation, params Sku[] skus) =>
        TenantSeed.PutAsync(Services, Tenant, LicensingCollections.Users, (userId, new UserLicenses(userId, usageLocation, skus)));

    public Task SubscriptionsAsync(params (Sku Sku, int Purchased)[] subscriptions) =>
        TenantSeed.PutAsync(Services, Tenant, LicensingCollections.Subscriptions,
            subscriptions.Select(s => (s.Sku.ToString(), new Subscription(s.Sku, s.Purchased, 0))).ToArray());

    public Task CreditsAsync(decimal balance, DateTimeOffset? expires = null) =>
        TenantSeed.PutAsync(Services, Tenant, CreditsCollections.Accounts, (CreditsAccount.Id, new CreditsAccount(
            [new CreditLot("lot-1", Math.Max(balance, 20), balance, Clock.Now.AddDays(-1), expires ?? Clock.Now.AddDays(364))], null)));

    /// <summary>An address with one default location <c>{id}-loc</c>.</summary>
    public async Task<CivicAddress> AddressAsync(string id, string country, string city, bool validated = true, string? state = null)
    {
        var address = new CivicAddress(id, "Contoso", country, "1", null, null, "Main", "Street", null, city, null, state, "00000",
            "0", "0", null, null, null, validated ? ValidationStatus.Validated : ValidationStatus.NotValidated, [],
            [new EmergencyLocation(id + "-loc", "Default", null, IsDefault: true)], Clock.Now);
        await TenantSeed.PutAsync(Services, Tenant, EmergencyCollections.Addresses, (id, address));
        return address;
    }

    public Task NumbersAsync(params PhoneNumber[] numbers) =>
        TenantSeed.PutAsync(Services, Tenant, NumberCollections.Numbers, numbers.Select(n => (n.Number, n)).ToArray());

    public PhoneNumber Number(string e164, string country = "US", NumberType type = NumberType.UserSubscriber, string? locationId = null) =>
        new(e164, country, null, "Somewhere", type, NumberSource.Acquired, Clock.Now, LocationId: locationId);

    public async Task<IReadOnlyDictionary<string, T>> AllAsync<T>(DocumentCollection<T> collection) =>
        (await Runner.ReadAsync(Tenant, reads => reads.All(collection))).All(collection);

    public Task<T?> GetAsync<T>(DocumentCollection<T> collection, string id)
        where T : class => TenantSeed.GetAsync(Services, Tenant, collection, id);

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string? action = null) =>
        (await Services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddDays(2)))
        .Where(e => action is null || e.Action == action).ToArray();

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
