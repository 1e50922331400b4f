using ChatPhone.Core.Audit;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Licensing;

/// <summary>Step 2: the tenant's subscriptions and each person's licenses.</summary>
public sealed partial class LicensingService(CommandRunner runner, AvailabilityCatalog catalog, TimeProvider clock, IConnectedLicenses microsoft365)
{
    /// <summary>The most units one purchase or reduction may move.</summary>
    public const int MaxQuantity = 100_000;

    /// <summary>Buys more units of a SKU. A Calling Plan can be bought only once Phone System (or E5) is.</summary>
    public Task<Result<Subscription>> PurchaseAsync(PurchaseLicenses command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Licensing.Purchase, Role.Admin,
            reads => reads.All(LicensingCollections.Subscriptions),
            context =>
            {
                if (command.Quantity is < 1 or > MaxQuantity)
                {
                    return new Error("license.quantity_out_of_range", command.Quantity, MaxQuantity);
                }

                var subscriptions = context.All(LicensingCollections.Subscriptions).Values;
                if (command.Sku.IsCallingPlan() && !subscriptions.Any(s => s.Sku.GivesPhoneSystem() && s.Purchased > 0))
                {
                    return new Error("license.buy_phone_system_first", command.Sku);
                }

                var current = subscriptions.FirstOrDefault(s => s.Sku == command.Sku) ?? new Subscription(command.Sku, 0, 0);
                var next = current with { Purchased = current.Purchased + command.Quantity };
                context.Put(LicensingCollections.Subscriptions, command.Sku.ToString(), next);
                return next;
            },
            LicensingJson.Default.Subscription,
            cancellationToken);

    /// <summary>
    /// Buys several SKUs as one change, with the rules of <see cref="PurchaseAsync"/>: a Calling Plan may come with the
    /// Phone System bought beside it; one refusal buys nothing.
    /// </summary>
    public Task<Result<Subscription[]>> PurchaseSetAsync(PurchaseLicenseSet command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Licensing.Purchase, Role.Admin,
            reads => reads.All(LicensingCollections.Subscriptions),
            context =>
            {
                if (command.Purchases.Count == 0 || command.Purchases.Select(p => p.Sku).Distinct().Count() != command.Purchases.Count)
                {
                    return new Error("license.quantity_out_of_range", 0, MaxQuantity);
                }

                if (command.Purchases.FirstOrDefault(p => p.Quantity is < 1 or > MaxQuantity) is { } wrong)
                {
                    return new Error("license.quantity_out_of_range", wrong.Quantity, MaxQuantity);
                }

                var subscriptions = context.All(LicensingCollections.Subscriptions).Values;
                var phoneSystem = subscriptions.Any(s => s.Sku.GivesPhoneSystem() && s.Purchased > 0) || command.Purchases.Any(p => p.Sku.GivesPhoneSystem());
                if (command.Purchases.FirstOrDefault(p => p.Sku.IsCallingPlan() && !phoneSystem) is { } plan)
                {
                    return new Error("license.buy_phone_system_first", plan.Sku);
                }

                var bought = new List<Subscription>();
                foreach (var (sku, quantity) in command.Purchases)
                {
                    var current = subscriptions.FirstOrDefault(s => s.Sku == sku) ?? new Subscription(sku, 0, 0);
                    var next = current with { Purchased = current.Purchased + quantity };
                    context.Put(LicensingCollections.Subscriptions, sku.ToString(), next);
                    bought.Add(next);
                }

                return bought.ToArray();
            },
            LicensingJson.Default.SubscriptionArray,
            cancellationToken);

    /// <summary>Gives back unassigned units; never below what is assigned.</summary>
    public Task<Result<Subscription>> ReduceAsync(ReduceLicenses command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Licensing.Reduce, Role.Admin,
            reads => reads.One(LicensingCollections.Subscriptions, command.Sku.ToString()),
            context =>
            {
                if (command.Quantity is < 1 or > MaxQuantity)
                {
                    return new Error("license.quantity_out_of_range", command.Quantity, MaxQuantity);
                }

                var current = context.Find(LicensingCollections.Subscriptions, command.Sku.ToString()) ?? new Subscription(command.Sku, 0, 0);
                if (current.Available < command.Quantity)
                {
                    return new Error("license.reduce_below_assigned", command.Sku, current.Consumed, current.Purchased);
                }

                var next = current with { Purchased = current.Purchased - command.Quantity };
                context.Put(LicensingCollections.Subscriptions, command.Sku.ToString(), next);
                return next;
            },
            LicensingJson.Default.Subscription,
            cancellationToken);

    /// <summary>The tenant's subscriptions, by SKU order.</summary>
    public async Task<IReadOnlyList<Subscription>> SubscriptionsAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(tenant, reads => reads.All(LicensingCollections.Subscriptions), cancellationToken);
        return snapshot.All(LicensingCollections.Subscriptions).Values.OrderBy(s => s.Sku).ToArray();
    }

    /// <summary>Everyone who holds at least one license, in one read.</summary>
    public async Task<IReadOnlyList<UserLicenses>> LicensedPeopleAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(tenant, reads => reads.All(LicensingCollections.Users), cancellationToken);
        return snapshot.All(LicensingCollections.Users).Values.Where(l => l.Skus.Count > 0).OrderBy(l => l.UserId, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The licenses of one person; an unlicensed person holds none.</summary>
    public async Task<Result<UserLicenses>> ForUserAsync(TenantId tenant, string userId, CancellationToken cancellationToken = default)
    {
        var id = userId.ToLowerInvariant();
        var snapshot = await runner.ReadAsync(tenant, reads => reads.One(DirectoryCollections.People, id).One(LicensingCollections.Users, id), cancellationToken);
        if (snapshot.Find(DirectoryCollections.People, id) is not { } person)
        {
            return new Error("directory.person_not_found", userId);
        }

        return snapshot.Find(LicensingCollections.Users, id) ?? new UserLicenses(id, person.UsageLocation, []);
    }

    private bool CallingPlansSoldIn(string country) =>
        catalog.Get(country) is { IsSuccess: true } found && found.Value.CallingPlans.Purchasable;

    private static Dictionary<Sku, Subscription> Subscriptions(CommandContext context) =>
        context.All(LicensingCollections.Subscriptions).Values.ToDictionary(s => s.Sku);

    private static void PutSubscriptions(CommandContext context, Dictionary<Sku, Subscription> before, Dictionary<Sku, Subscription> after)
    {
        foreach (var (sku, subscription) in after.Where(a => !before.TryGetValue(a.Key, out var b) || b != a.Value))
        {
            context.Put(LicensingCollections.Subscriptions, sku.ToString(), subscription);
        }
    }
}
