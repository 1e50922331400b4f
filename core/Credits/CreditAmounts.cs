using System.Globalization;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Credits;

/// <summary>The money rules of Communications Credits: positive amounts in cents, and the limits.</summary>
public static class CreditAmounts
{
    /// <summary>The smallest first funding (the reference's suggested $20 minimum).</summary>
    public const decimal MinimumFirstFunding = 20m;

    /// <summary>The largest single funding.</summary>
    public const decimal MaximumFunding = 10_000m;

    /// <summary>The smallest auto-recharge amount (same as the first funding).</summary>
    public const decimal MinimumRecharge = 20m;

    /// <summary>The largest auto-recharge amount.</summary>
    public const decimal MaximumRecharge = 10_000m;

    /// <summary>The largest auto-recharge trigger ("when the balance falls below").</summary>
    public const decimal MaximumTrigger = 10_000m;

    /// <summary>The largest balance an account may hold.</summary>
    public const decimal MaximumBalance = 50_000m;

    /// <summary>The largest usage recorded at once.</summary>
    public const decimal MaximumUsage = 10_000m;

    /// <summary>How many recharges one usage may trigger before the rest stays unpaid.</summary>
    public const int MaximumRechargesPerUsage = 5;

    /// <summary>Checks that <paramref name="amount"/> is positive, has at most two decimals and is at most <paramref name="maximum"/>.</summary>
    public static Error? Check(decimal amount, decimal maximum) =>
        amount <= 0 ? new Error("credits.amount_not_positive", Format(amount))
        : decimal.Round(amount, 2) != amount ? new Error("credits.amount_too_precise", Format(amount))
        : amount > maximum ? new Error("credits.amount_too_large", Format(amount), Format(maximum))
        : null;

    /// <summary>An amount as shown in messages: invariant, two decimals at least (<c>20.00</c>).</summary>
    public static string Format(decimal amount) =>
        decimal.Round(amount, 2) == amount ? amount.ToString("0.00", CultureInfo.InvariantCulture) : amount.ToString(CultureInfo.InvariantCulture);
}
