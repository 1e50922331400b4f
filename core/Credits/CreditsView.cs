namespace ChatPhone.Core.Credits;

/// <summary>The credits account as seen at <see cref="AsOf"/>: what can be spent, what expired, and the settings.</summary>
/// <param name="AsOf">The time the balance and expiries were computed for.</param>
/// <param name="Balance">Unexpired funds left.</param>
/// <param name="ExpiredAmount">Funds left unspent in lots that have expired.</param>
/// <param name="HasPositiveBalance">True when credit-gated features (inbound toll-free, dial-out, overage) work.</param>
/// <param name="Lots">Every lot, oldest first (the order funds are spent in).</param>
/// <param name="AutoRecharge">Auto-recharge, when on.</param>
/// <param name="PaymentMethod">How funds are paid for, when set.</param>
public sealed record CreditsView(
    DateTimeOffset AsOf,
    decimal Balance,
    decimal ExpiredAmount,
    bool HasPositiveBalance,
    IReadOnlyList<LotView> Lots,
    AutoRecharge? AutoRecharge,
    PaymentMethod? PaymentMethod)
{
    /// <summary>The view of <paramref name="account"/> at <paramref name="now"/>.</summary>
    public static CreditsView Of(CreditsAccount account, DateTimeOffset now) => new(
        now,
        account.Balance(now),
        account.ExpiredAmount(now),
        account.HasPositiveBalance(now),
        account.Lots.OrderBy(l => l.PurchasedAt).Select(l => LotView.Of(l, now)).ToArray(),
        account.AutoRecharge,
        account.PaymentMethod);
}

/// <summary>One lot as seen at a given time.</summary>
/// <param name="Id">The lot id (<c>lot-3</c>).</param>
/// <param name="Amount">What was bought.</param>
/// <param name="Remaining">What is left (lost once expired).</param>
/// <param name="PurchasedAt">When it was bought.</param>
/// <param name="ExpiresAt">When it expires (12 months after purchase).</param>
/// <param name="Expired">True when it has expired.</param>
/// <param name="Source">Bought by an admin or by auto-recharge.</param>
public sealed record LotView(string Id, decimal Amount, decimal Remaining, DateTimeOffset PurchasedAt, DateTimeOffset ExpiresAt, bool Expired, LotSource Source)
{
    /// <summary>The view of <paramref name="lot"/> at <paramref name="now"/>.</summary>
    public static LotView Of(CreditLot lot, DateTimeOffset now) =>
        new(lot.Id, lot.Amount, lot.Remaining, lot.PurchasedAt, lot.ExpiresAt, lot.ExpiresAt <= now, lot.Source);
}
