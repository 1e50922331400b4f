using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Audit;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.VoiceApps;

/// <summary>A tenant with two people (one with Phone System) and the voice-app services, on its own key prefix.</summary>
internal sealed class VoiceAppHarness : IAsyncDisposable
{
    public const string Alex = "id-alex";
    public const string Sam = "id-sam";
    public static readonly TenantId Tenant = TenantId.Parse("contoso");

    private VoiceAppHarness(ServiceProvider services)
    {
        Services = services;
        Queues = ActivatorUtilities.CreateInstance<CallQueueService>(services);
        Attendants = ActivatorUtilities.CreateInstance<AutoAttendantService>(services);
        Associations = ActivatorUtilities.CreateInstance<ResourceAccountAssociationService>(services);
        Queries = ActivatorUtilities.CreateInstance<VoiceAppQueries>(services);
    }

    public ServiceProvider Services { get; }

    public CallQueueService Queues { get; }

    public AutoAttendantService Attendants { get; }

    public ResourceAccountAssociationService Associations { get; }

    public VoiceAppQueries Queries { get; }

    public static Actor Admin => TenantSeed.Admin(Tenant);

    public static Actor HelpdeskAgent => new(Tenant, "helpdesk-1", "Hal", Role.Helpdesk);

    public static async Task<VoiceAppHarness> StartAsync(IRespServer redis)
    {
        var harness = new VoiceAppHarness(CoreServices.Create(redis));
        await TenantSeed.PeopleAsync(harness.Services, Tenant,
            (Alex, "alex@contoso.com", "Alex Wilber", "US", "user"),
            (Sam, "sam@contoso.com", "Sam Taylor", "US", "user"));
        await TenantSeed.PutAsync(harness.Services, Tenant, LicensingCollections.Users, (Alex, new UserLicenses(Alex, "US", [Sku.PhoneSystem])));
        return harness;
    }

    public static IdempotencyKey Key(string value) => IdempotencyKey.TryCreate(value).Value;

    public static IdempotencyKey NewKey() => IdempotencyKey.New();

    public Task AccountAsync(string id, ResourceAccountKind kind, Sku? license = Sku.ResourceAccount, string? number = null, string? associatedWith = null) =>
        TenantSeed.PutAsync(Services, Tenant, ResourceAccountCollections.Accounts,
            (id, new ResourceAccount(id, id + "@contoso.com", id, kind, license, number, associatedWith, 3, DateTimeOffset.UtcNow)));

    public Task<ResourceAccount?> FindAccountAsync(string id) => TenantSeed.GetAsync(Services, Tenant, ResourceAccountCollections.Accounts, id);

    public async Task<CallQueue> QueueAsync(string name, CallQueueSettings? settings = null) =>
        (await Queues.CreateAsync(new CreateCallQueue(Admin, NewKey(), (settings ?? new CallQueueSettings { Name = name }) with { Name = name }))).Value.Queue;

    public async Task<AutoAttendant> AttendantAsync(string name, AutoAttendantSettings? settings = null) =>
        (await Attendants.CreateAsync(new CreateAutoAttendant(Admin, NewKey(), (settings ?? Minimal(name)) with { Name = name }))).Value.Attendant;

    public static AutoAttendantSettings Minimal(string name) => new()
    {
        Name = name,
        LanguageId = "en-US",
        TimeZoneId = "Pacific Standard Time",
        DefaultFlow = CallFlow.Disconnect("Default"),
    };

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        await Services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
