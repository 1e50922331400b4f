using ChatPhone.Core.Common;

namespace ChatPhone.Core.Credits;

/// <summary>The outcome of <see cref="ConfigureAutoRecharge"/>.</summary>
/// <param name="Account">The account after the change.</param>
/// <param name="Recharge">The lot bought at once because the balance was already below the trigger, if any.</param>
public sealed record AutoRechargeConfigured(CreditsView Account, CreditLot? Recharge);

/// <summary>The outcome of <see cref="RecordUsage"/>.</summary>
/// <param name="Description">What the spend was for, as recorded.</param>
/// <param name="Charged">What the credits paid.</param>
/// <param name="Unpaid">What they could not pay (those calls would be blocked).</param>
/// <param name="Recharges">Lots auto-recharge bought during this spend, in order.</param>
/// <param name="RechargeFailure">Why auto-recharge could not buy funds (no payment method, expired card), if it failed.</param>
/// <param name="CreditGatedFeaturesStopped">
/// True when the balance is zero afterwards: inbound toll-free, dial-out and overage calling stop until funds are added.
/// </param>
/// <param name="Account">The account after the spend.</param>
public sealed record UsageRecorded(
    string Description,
    decimal Charged,
    decimal Unpaid,
    IReadOnlyList<CreditLot> Recharges,
    Error? RechargeFailure,
    bool CreditGatedFeaturesStopped,
    CreditsView Account);
