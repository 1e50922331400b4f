using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.ResourceAccounts;

/// <summary>A tenant with resource account licenses, service numbers of every type and one person.</summary>
internal static class ResourceAccountArrange
{
    public const string CqToll = "+12065550110";
    public const string CqTollFree = "+18005550110";
    public const string AaToll = "+12065550111";
    public const string ConferenceToll = "+12065550100";
    public const string UserNumber = "+12065550120";
    public const string BridgeToll = "+12065550102";
    public const string BlockedCq = "+12065550113";

    public static readonly TenantId Tenant = TenantId.Parse("contoso");
    public static readonly Actor Admin = TenantSeed.Admin(Tenant);

    public static IdempotencyKey NewKey() => IdempotencyKey.New();

    public static async Task<ResourceAccountService> ArrangeAsync(ServiceProvider services, int resourceAccountLicenses = 5, int phoneSystemLicenses = 2)
    {
        var now = DateTimeOffset.UtcNow;
        await TenantSeed.PutAsync(services, Tenant, LicensingCollections.Subscriptions,
            (nameof(Sku.ResourceAccount), new Subscription(Sku.ResourceAccount, resourceAccountLicenses, 0)),
            (nameof(Sku.PhoneSystem), new Subscription(Sku.PhoneSystem, phoneSystemLicenses, 0)));
        await TenantSeed.PutAsync(services, Tenant, NumberCollections.Numbers,
            Number(CqToll, NumberType.CallQueueToll, now),
            Number(CqTollFree, NumberType.CallQueueTollFree, now),
            Number(AaToll, NumberType.AutoAttendantToll, now),
            Number(ConferenceToll, NumberType.ConferenceToll, now),
            Number(UserNumber, NumberType.UserSubscriber, now),
            (BridgeToll, Number(BridgeToll, NumberType.CallQueueToll, now).Value with
            {
                Assignment = new NumberAssignment(AssignmentTarget.ConferenceBridge, "bridge-1", AssignmentCategory.Primary, now),
            }),
            (BlockedCq, Number(BlockedCq, NumberType.CallQueueToll, now).Value with { BlockedUntil = DateTimeOffset.MaxValue }));
        await TenantSeed.PeopleAsync(services, Tenant, ("id-alex", "alex@contoso.com", "Alex Wilber", "US", "user"));
        return ActivatorUtilities.CreateInstance<ResourceAccountService>(services);
    }

    public static async Task<ResourceAccount> CreateAsync(ResourceAccountService accounts, string upn, ResourceAccountKind kind, Sku? license = Sku.ResourceAccount)
    {
        var account = (await accounts.CreateAsync(new CreateResourceAccount(Admin, NewKey(), upn, "Reception", kind))).Value;
        return license is { } sku ? (await accounts.LicenseAsync(new LicenseResourceAccount(Admin, NewKey(), account.Id, sku))).Value : account;
    }

    public static Task FundAsync(ServiceProvider services, decimal remaining)
    {
        var now = DateTimeOffset.UtcNow;
        return TenantSeed.PutAsync(services, Tenant, CreditsCollections.Accounts,
            (CreditsAccount.Id, new CreditsAccount([new CreditLot("lot-1", 20m, remaining, now.AddDays(-1), now.AddDays(364))], AutoRecharge: null)));
    }

    public static Task<PhoneNumber?> NumberAsync(ServiceProvider services, string number) =>
        TenantSeed.GetAsync(services, Tenant, NumberCollections.Numbers, number);

    public static Task<Subscription?> SubscriptionAsync(ServiceProvider services, Sku sku) =>
        TenantSeed.GetAsync(services, Tenant, LicensingCollections.Subscriptions, sku.ToString());

    private static (string Id, PhoneNumber Value) Number(string number, NumberType type, DateTimeOffset now) =>
        (number, new PhoneNumber(number, "US", "WA", type.IsTollFree() ? "Toll Free" : "Seattle", type, NumberSource.Acquired, now));
}
