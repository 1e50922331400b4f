using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>
/// The tenant's licenses as the license cards read them: the subscriptions, and every person of the directory with what
/// they hold (the directory gives names, departments and usage locations; the licensing store gives the assignments).
/// </summary>
public sealed class LicenseBook(LicensingService licensing, IDirectoryStore directory)
{
    /// <summary>The subscriptions that were ever bought or assigned (a subscription given back to zero is gone).</summary>
    public async Task<IReadOnlyList<Subscription>> SubscriptionsAsync(TenantId tenant, CancellationToken cancellationToken) =>
        (await licensing.SubscriptionsAsync(tenant, cancellationToken)).Where(s => s.Purchased > 0 || s.Consumed > 0).ToArray();

    /// <summary>The subscription to <paramref name="sku"/> (zero units when never bought).</summary>
    public async Task<Subscription> SubscriptionAsync(TenantId tenant, Sku sku, CancellationToken cancellationToken) =>
        (await licensing.SubscriptionsAsync(tenant, cancellationToken)).FirstOrDefault(s => s.Sku == sku) ?? new Subscription(sku, 0, 0);

    /// <summary>Everyone in the directory with their licenses, by name.</summary>
    internal async Task<IReadOnlyList<LicensedPerson>> PeopleAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var people = await directory.ListAsync(tenant, cancellationToken);
        var held = (await licensing.LicensedPeopleAsync(tenant, cancellationToken)).ToDictionary(l => l.UserId, l => l.Skus, StringComparer.OrdinalIgnoreCase);
        return people
            .Select(p => new LicensedPerson(p, held.GetValueOrDefault(p.AadObjectId.ToLowerInvariant()) ?? []))
            .OrderBy(p => p.Person.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ToArray();
    }

    /// <summary>The people who hold <paramref name="sku"/> itself, by name.</summary>
    internal async Task<IReadOnlyList<Person>> HoldersAsync(TenantId tenant, Sku sku, CancellationToken cancellationToken) =>
        (await PeopleAsync(tenant, cancellationToken)).Where(p => p.Skus.Contains(sku)).Select(p => p.Person).ToArray();
}
