namespace ChatPhone.Core.Credits;

/// <summary>
/// The tenant's Communications Credits account (reference step 10), stored in <c>credits</c> under
/// <see cref="CreditsAccount.Id"/>: funding lots that expire 12 months after purchase, auto-recharge,
/// and how funds are paid for.
/// </summary>
public sealed record CreditsAccount(IReadOnlyList<CreditLot> Lots, AutoRecharge? AutoRecharge, PaymentMethod? PaymentMethod = null)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The one document id of the account.</summary>
    public const string Id = "account";

    /// <summary>How long funds last (about 12 months; <see cref="ExpiryOf"/> gives the exact date).</summary>
    public static readonly TimeSpan LotLifetime = TimeSpan.FromDays(365);

    /// <summary>An account before its first funding.</summary>
    public static CreditsAccount Empty { get; } = new([], null);

    /// <summary>When funds bought at <paramref name="purchasedAt"/> expire: 12 calendar months later.</summary>
    public static DateTimeOffset ExpiryOf(DateTimeOffset purchasedAt) => purchasedAt.AddMonths(12);

    /// <summary>The usable balance at <paramref name="now"/>: unexpired lots only.</summary>
    public decimal Balance(DateTimeOffset now) => Lots.Where(l => l.ExpiresAt > now).Sum(l => l.Remaining);

    /// <summary>What was left unspent in lots that have expired by <paramref name="now"/>.</summary>
    public decimal ExpiredAmount(DateTimeOffset now) => Lots.Where(l => l.ExpiresAt <= now).Sum(l => l.Remaining);

    /// <summary>True when credit-gated features (toll-free) work at <paramref name="now"/>.</summary>
    public bool HasPositiveBalance(DateTimeOffset now) => Balance(now) > 0;

    /// <summary>The account with a new lot of <paramref name="amount"/> bought at <paramref name="now"/>.</summary>
    public CreditsAccount Fund(decimal amount, DateTimeOffset now, LotSource source)
    {
        // Lots are never removed, so their count gives a stable, readable id.
        var lot = new CreditLot($"lot-{Lots.Count + 1}", amount, amount, now, ExpiryOf(now), source);
        return this with { Lots = [.. Lots, lot] };
    }

    /// <summary>
    /// Spends <paramref name="amount"/> from the unexpired lots, the oldest first; returns the account
    /// after the spend and the part that the balance could not cover.
    /// </summary>
    public (CreditsAccount Account, decimal Unpaid) Debit(decimal amount, DateTimeOffset now)
    {
        var left = amount;
        var lots = Lots.ToArray();
        foreach (var index in Enumerable.Range(0, lots.Length).OrderBy(i => lots[i].PurchasedAt).ThenBy(i => i))
        {
            if (left <= 0)
            {
                break;
            }

            var lot = lots[index];
            if (lot.ExpiresAt <= now || lot.Remaining <= 0)
            {
                continue;
            }

            var taken = Math.Min(left, lot.Remaining);
            lots[index] = lot with { Remaining = lot.Remaining - taken };
            left -= taken;
        }

        return (this with { Lots = lots }, left);
    }
}

/// <summary>One funding: amount bought, amount left, its 12-month expiry, and whether a person or auto-recharge bought it.</summary>
public sealed record CreditLot(
    string Id, decimal Amount, decimal Remaining, DateTimeOffset PurchasedAt, DateTimeOffset ExpiresAt, LotSource Source = LotSource.Purchase);

/// <summary>Recharge <see cref="RechargeAmount"/> whenever the balance falls below <see cref="TriggerAmount"/>.</summary>
public sealed record AutoRecharge(decimal TriggerAmount, decimal RechargeAmount);

/// <summary>How a lot was bought.</summary>
public enum LotSource
{
    /// <summary>An admin added funds.</summary>
    Purchase,

    /// <summary>Auto-recharge added funds when the balance fell below its trigger.</summary>
    AutoRecharge,
}
