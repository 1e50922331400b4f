namespace ChatPhone.Core.Credits;

/// <summary>
/// The tenant's Communications Credits account (reference step 10), stored in <c>credits</c> under
/// <see cref="CreditsAccount.Id"/>: funding lots that expire 12 months after purchase, and auto-recharge.
/// </summary>
public sealed record CreditsAccount(IReadOnlyList<CreditLot> Lots, AutoRecharge? AutoRecharge)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The one document id of the account.</summary>
    public const string Id = "account";

    /// <summary>How long funds last.</summary>
    public static readonly TimeSpan LotLifetime = TimeSpan.FromDays(365);

    /// <summary>The usable balance at <paramref name="now"/>: unexpired lots only.</summary>
    public decimal Balance(DateTimeOffset now) => Lots.Where(l => l.ExpiresAt > now).Sum(l => l.Remaining);

    /// <summary>True when credit-gated features (toll-free) work at <paramref name="now"/>.</summary>
    public bool HasPositiveBalance(DateTimeOffset now) => Balance(now) > 0;
}

/// <summary>One funding: amount bought, amount left, and its 12-month expiry.</summary>
public sealed record CreditLot(string Id, decimal Amount, decimal Remaining, DateTimeOffset PurchasedAt, DateTimeOffset ExpiresAt);

/// <summary>Recharge <see cref="RechargeAmount"/> whenever the balance falls below <see cref="TriggerAmount"/>.</summary>
public sealed record AutoRecharge(decimal TriggerAmount, decimal RechargeAmount);
