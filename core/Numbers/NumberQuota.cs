using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.Numbers;

/// <summary>The three number allowances of a tenant (reference §0.3).</summary>
public enum QuotaKind
{
    /// <summary>User (subscriber) numbers, from Calling Plan licenses.</summary>
    User,

    /// <summary>Toll service numbers, from the tier table.</summary>
    Toll,

    /// <summary>Toll-free service numbers, from the same tier table, counted separately.</summary>
    TollFree,
}

/// <summary>One allowance: the limit, what counts against it, and what is left.</summary>
public sealed record Quota(QuotaKind Kind, int Limit, int Used)
{
    /// <summary>Numbers that may still be reserved (never negative).</summary>
    public int Remaining => Math.Max(0, Limit - Used);
}

/// <summary>The tenant's three allowances.</summary>
public sealed record NumberQuotas(Quota User, Quota Toll, Quota TollFree)
{
    /// <summary>The allowance of <paramref name="kind"/>.</summary>
    public Quota Of(QuotaKind kind) => kind switch
    {
        QuotaKind.User => User,
        QuotaKind.Toll => Toll,
        _ => TollFree,
    };
}

/// <summary>How many numbers a tenant may acquire (pure functions of its licenses and holdings).</summary>
public static class NumberQuota
{
    // (first license count of the tier, numbers allowed), ascending.
    private static readonly (int From, int Numbers)[] Tiers =
    [
        (1, 5), (26, 10), (50, 20), (100, 30), (150, 40), (200, 65), (500, 90), (750, 110),
        (1000, 125), (1250, 135), (1500, 160), (2000, 210), (3000, 420), (7000, 500), (10000, 600),
        (15000, 700), (20000, 1000), (50000, 1500),
    ];

    /// <summary>The allowance a number type counts against.</summary>
    public static QuotaKind KindOf(NumberType type) =>
        !type.IsService() ? QuotaKind.User : type.IsTollFree() ? QuotaKind.TollFree : QuotaKind.Toll;

    /// <summary>User numbers: floor((MCOPSTN1 + MCOPSTN2 purchased) × 1.1) + 10.</summary>
    public static int UserLimit(int callingPlanLicenses) => (Math.Max(0, callingPlanLicenses) * 11 / 10) + 10;

    /// <summary>Toll and toll-free numbers, each: the tier of the Phone System (incl. E5) + Audio Conferencing licenses; 0 without any.</summary>
    public static int ServiceLimit(int licenses) =>
        Tiers.LastOrDefault(t => licenses >= t.From).Numbers;

    /// <summary>
    /// The allowances given the tenant's subscriptions, its inventory and the reservations still in flight.
    /// Ported numbers do not count. E5 counts once (it includes both Phone System and Audio Conferencing).
    /// </summary>
    public static NumberQuotas Compute(IEnumerable<Subscription> subscriptions, IEnumerable<PhoneNumber> inventory, IEnumerable<NumberType> reserved) =>
        Compute(subscriptions, NumberUsageIndex.Count(inventory), reserved);

    /// <summary>
    /// The same from what the inventory holds against each allowance (<see cref="NumberUsageIndex"/>) instead of the
    /// inventory itself.
    /// </summary>
    public static NumberQuotas Compute(IEnumerable<Subscription> subscriptions, IReadOnlyDictionary<QuotaKind, int> acquired, IEnumerable<NumberType> reserved)
    {
        var bought = subscriptions.GroupBy(s => s.Sku).ToDictionary(g => g.Key, g => g.Sum(s => s.Purchased));
        int Of(Sku sku) => bought.GetValueOrDefault(sku);
        var held = reserved.GroupBy(KindOf).ToDictionary(g => g.Key, g => g.Count());
        int Used(QuotaKind kind) => acquired.GetValueOrDefault(kind) + held.GetValueOrDefault(kind);
        var service = ServiceLimit(Of(Sku.PhoneSystem) + Of(Sku.E5) + Of(Sku.AudioConferencing));
        return new NumberQuotas(
            new Quota(QuotaKind.User, UserLimit(Of(Sku.DomesticCallingPlan) + Of(Sku.InternationalCallingPlan)), Used(QuotaKind.User)),
            new Quota(QuotaKind.Toll, service, Used(QuotaKind.Toll)),
            new Quota(QuotaKind.TollFree, service, Used(QuotaKind.TollFree)));
    }
}
