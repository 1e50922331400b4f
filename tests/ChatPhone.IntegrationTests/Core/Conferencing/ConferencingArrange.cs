using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Conferencing;

/// <summary>A tenant with an Audio Conferencing subscription, an inventory of every number type, and two people.</summary>
internal static class ConferencingArrange
{
    public const string Toll = "+12065550100";
    public const string Toll2 = "+12065550101";
    public const string TollFree = "+18005550100";
    public const string CallQueueToll = "+12065550110";
    public const string AutoAttendantToll = "+12065550111";
    public const string UserNumber = "+12065550120";
    public const string AssignedToll = "+12065550102";
    public const string BlockedToll = "+12065550103";
    public const string Chicago = "+13125550140";

    public const string Licensed = "id-alex";
    public const string Unlicensed = "id-sam";

    public static readonly TenantId Tenant = TenantId.Parse("contoso");
    public static readonly Actor Admin = TenantSeed.Admin(Tenant);

    public static IdempotencyKey NewKey() => IdempotencyKey.New();

    public static async Task<ConferencingService> ArrangeAsync(ServiceProvider services, bool credits = false, bool enable = true)
    {
        var now = DateTimeOffset.UtcNow;
        await TenantSeed.PutAsync(services, Tenant, LicensingCollections.Subscriptions,
            (nameof(Sku.AudioConferencing), new Subscription(Sku.AudioConferencing, 10, 1)));
        await TenantSeed.PutAsync(services, Tenant, NumberCollections.Numbers,
            Number(Toll, NumberType.ConferenceToll, now),
            Number(Toll2, NumberType.ConferenceToll, now),
            Number(TollFree, NumberType.ConferenceTollFree, now),
            Number(CallQueueToll, NumberType.CallQueueToll, now),
            Number(AutoAttendantToll, NumberType.AutoAttendantToll, now),
            Number(UserNumber, NumberType.UserSubscriber, now),
            (AssignedToll, Number(AssignedToll, NumberType.ConferenceToll, now).Value with
            {
                Assignment = new NumberAssignment(AssignmentTarget.ResourceAccount, "ra-1", AssignmentCategory.Primary, now),
            }),
            (BlockedToll, Number(BlockedToll, NumberType.ConferenceToll, now).Value with { BlockedUntil = now.AddDays(1) }));
        if (credits)
        {
            await FundAsync(services, 20m);
        }

        await TenantSeed.PeopleAsync(services, Tenant,
            (Licensed, "alex@contoso.com", "Alex Wilber", "US", "user"),
            (Unlicensed, "sam@contoso.com", "Sam Taylor", "US", "user"));
        await TenantSeed.PutAsync(services, Tenant, LicensingCollections.Users,
            (Licensed, new UserLicenses(Licensed, "US", [Sku.AudioConferencing])),
            (Unlicensed, new UserLicenses(Unlicensed, "US", [Sku.PhoneSystem])));

        var conferencing = ActivatorUtilities.CreateInstance<ConferencingService>(services);
        if (enable)
        {
            Assert.True((await conferencing.EnableAsync(new EnableConferencing(Admin, NewKey(), "US"))).IsSuccess);
        }

        return conferencing;
    }

    public static Task FundAsync(ServiceProvider services, decimal remaining)
    {
        var now = DateTimeOffset.UtcNow;
        return TenantSeed.PutAsync(services, Tenant, CreditsCollections.Accounts,
            (CreditsAccount.Id, new CreditsAccount([new CreditLot("lot-1", 20m, remaining, now.AddDays(-1), now.AddDays(364))], AutoRecharge: null)));
    }

    public static Task<PhoneNumber?> NumberAsync(ServiceProvider services, string number) =>
        TenantSeed.GetAsync(services, Tenant, NumberCollections.Numbers, number);

    public static Task<ConferenceBridge?> BridgeAsync(ServiceProvider services) =>
        TenantSeed.GetAsync(services, Tenant, ConferencingCollections.Bridge, ConferenceBridge.DocumentId);

    public static Task<IReadOnlyList<AuditEntry>> AuditAsync(ServiceProvider services, string? target = null) =>
        services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5), target: target);

    private static (string Id, PhoneNumber Value) Number(string number, NumberType type, DateTimeOffset now) =>
        (number, new PhoneNumber(number, "US", "WA", type.IsTollFree() ? "Toll Free" : "Seattle", type, NumberSource.Acquired, now));
}
