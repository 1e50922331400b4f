using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Flows.Credits;

/// <summary>
/// The currency amounts of Communications Credits are in: the organisation profile's billing currency, else US dollars
/// (the credits' own amounts, such as the $20 first funding, are in dollars). An amount written in another currency is
/// refused, never converted and never read as the billing currency.
/// </summary>
public sealed class BillingCurrency(ProfileService profiles)
{
    /// <summary>What the credits are billed in when the profile names no currency.</summary>
    public const string Default = "USD";

    /// <summary>
    /// Null when <paramref name="written"/> (ISO codes, comma-separated; null when the person wrote none) is only the
    /// billing currency; otherwise why the amount is refused, naming the billing currency and the other one.
    /// </summary>
    public async Task<string?> RefusalAsync(FlowTurn turn, string? written, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(written))
        {
            return null;
        }

        var profile = await profiles.GetAsync(turn.Actor.Tenant, cancellationToken);
        var billing = profile.IsSuccess && !string.IsNullOrEmpty(profile.Value.Currency) ? profile.Value.Currency : Default;
        var other = written.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(code => !string.Equals(code, billing, StringComparison.OrdinalIgnoreCase));
        return other is null ? null : BotText.Get(turn.Language, "Credits_CurrencyMismatch", other, billing);
    }
}
