using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Integrity;

/// <summary>
/// Scans one tenant and reports every broken cross-aggregate rule (reference §11). Commands must never
/// leave one behind; the concurrency and fault tests run this afterwards.
/// </summary>
public sealed class InvariantChecker(CommandRunner runner)
{
    /// <summary>Every violation in <paramref name="tenant"/>; empty when the state is consistent.</summary>
    public async Task<IReadOnlyList<Violation>> CheckAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(tenant, reads =>
        {
            reads.All(NumberCollections.Numbers).All(NumberCollections.UserLines).All(NumberCollections.Usage)
                .All(LicensingCollections.Subscriptions).All(LicensingCollections.Users)
                .All(EmergencyCollections.Addresses).All(ResourceAccountCollections.Accounts)
                .One(ConferencingCollections.Bridge, ConferenceBridge.DocumentId).One(ConferencingCollections.Settings, ConferencingSettings.Id)
                .All(ConferencingCollections.Organizers)
                .All(CallQueueCollections.Queues).All(AutoAttendantCollections.Attendants)
                .All(OrderCollections.Orders).All(OrderCollections.Reservations).All(OrderCollections.StockCursors)
                .All(DirectoryCollections.People).One(SetupCollections.Tallies, SetupTalliesIndex.Id);
        }, cancellationToken);
        return Check(new TenantState(snapshot)).ToArray();
    }

    /// <summary>The rules, over a full read of the tenant.</summary>
    internal static IEnumerable<Violation> Check(TenantState state) =>
        NumberRules.Check(state)
            .Concat(NumberRules.CheckUsage(state))
            .Concat(LicenseRulesCheck(state))
            .Concat(ConferencingRulesCheck.Check(state))
            .Concat(VoiceAppRulesCheck.Check(state))
            .Concat(OrderRulesCheck.Check(state))
            .Concat(SetupRulesCheck.Check(state));

    private static IEnumerable<Violation> LicenseRulesCheck(TenantState state)
    {
        var held = state.Licenses.Values.SelectMany(l => l.Skus)
            .Concat(state.ResourceAccounts.Values.Where(a => a.License is not null).Select(a => a.License!.Value))
            .GroupBy(s => s)
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var subscription in state.Subscriptions.Values)
        {
            var count = held.GetValueOrDefault(subscription.Sku);
            if (subscription.Consumed != count)
            {
                yield return new Violation("license.consumed_matches_assigned", $"subscriptions:{subscription.Sku}",
                    $"consumed {subscription.Consumed}, assigned {count}");
            }

            if (subscription.Consumed > subscription.Purchased)
            {
                yield return new Violation("license.consumed_within_purchased", $"subscriptions:{subscription.Sku}",
                    $"consumed {subscription.Consumed} > purchased {subscription.Purchased}");
            }
        }

        foreach (var (sku, count) in held.Where(h => !state.Subscriptions.ContainsKey(h.Key.ToString())))
        {
            yield return new Violation("license.consumed_matches_assigned", $"subscriptions:{sku}", $"{count} assigned without a subscription");
        }

        foreach (var licenses in state.Licenses.Values.Where(l => l.HasCallingPlan && !l.HasPhoneSystem))
        {
            yield return new Violation("license.calling_plan_needs_phone_system", $"licenses:{licenses.UserId}", "Calling Plan without Phone System");
        }
    }
}

/// <summary>A full read of a tenant, typed, for the invariant rules.</summary>
internal sealed class TenantState(TenantSnapshot snapshot)
{
    public IReadOnlyDictionary<string, PhoneNumber> Numbers { get; } = snapshot.All(NumberCollections.Numbers);

    public IReadOnlyDictionary<string, List<UserLine>> UserLines { get; } = snapshot.All(NumberCollections.UserLines);

    public IReadOnlyDictionary<string, NumberUsage> Usage { get; } = snapshot.All(NumberCollections.Usage);

    public IReadOnlyDictionary<string, Subscription> Subscriptions { get; } = snapshot.All(LicensingCollections.Subscriptions);

    public IReadOnlyDictionary<string, UserLicenses> Licenses { get; } = snapshot.All(LicensingCollections.Users);

    public IReadOnlyDictionary<string, CivicAddress> Addresses { get; } = snapshot.All(EmergencyCollections.Addresses);

    public IReadOnlyDictionary<string, ResourceAccount> ResourceAccounts { get; } = snapshot.All(ResourceAccountCollections.Accounts);

    public ConferenceBridge? Bridge { get; } = Optional(snapshot, ConferencingCollections.Bridge, ConferenceBridge.DocumentId);

    public ConferencingSettings? Settings { get; } = Optional(snapshot, ConferencingCollections.Settings, ConferencingSettings.Id);

    public IReadOnlyDictionary<string, OrganizerSettings> Organizers { get; } = snapshot.All(ConferencingCollections.Organizers);

    public IReadOnlyDictionary<string, NumberOrder> Orders { get; } = snapshot.All(OrderCollections.Orders);

    public IReadOnlyDictionary<string, NumberReservation> Reservations { get; } = snapshot.All(OrderCollections.Reservations);

    /// <summary>How much of each carrier place's stock the tenant holds from its start, by place key.</summary>
    public IReadOnlyDictionary<string, StockCursor> StockCursors { get; } = snapshot.All(OrderCollections.StockCursors);

    public IReadOnlyDictionary<string, Person> People { get; } = snapshot.All(DirectoryCollections.People);

    public SetupTallies? Tallies { get; } = Optional(snapshot, SetupCollections.Tallies, SetupTalliesIndex.Id);

    public IReadOnlySet<string> CallQueueIds { get; } = snapshot.All(CallQueueCollections.Queues).Keys.ToHashSet();

    public IReadOnlySet<string> AutoAttendantIds { get; } = snapshot.All(AutoAttendantCollections.Attendants).Keys.ToHashSet();

    /// <summary>A single document when it was read (unit tests may build partial states), else null.</summary>
    private static T? Optional<T>(TenantSnapshot snapshot, DocumentCollection<T> collection, string id)
        where T : class =>
        snapshot.WasRead(collection.Name, id) ? snapshot.Find(collection, id) : null;
}
