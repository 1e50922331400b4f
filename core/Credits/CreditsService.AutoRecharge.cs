using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Credits;

/// <summary>Auto-recharge: turning it on, changing it, turning it off.</summary>
public sealed partial class CreditsService
{
    /// <summary>
    /// Turns auto-recharge on or changes it. If the balance is already below the trigger, a recharge
    /// is bought at once, in the same change, and reported.
    /// </summary>
    public Task<Result<AutoRechargeConfigured>> ConfigureAutoRechargeAsync(ConfigureAutoRecharge command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Credits.AutoRechargeConfigure, Role.Admin, ReadAccount,
            context => DecideConfigure(command, context), CreditsJson.Default.AutoRechargeConfigured, cancellationToken);

    /// <summary>Turns auto-recharge off; the balance is unchanged.</summary>
    public Task<Result<CreditsView>> DisableAutoRechargeAsync(DisableAutoRecharge command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Credits.AutoRechargeDisable, Role.Admin, ReadAccount,
            context => DecideDisable(context), CreditsJson.Default.CreditsView, cancellationToken);

    private static Result<AutoRechargeConfigured> DecideConfigure(ConfigureAutoRecharge command, CommandContext context)
    {
        if (CreditAmounts.Check(command.TriggerAmount, CreditAmounts.MaximumTrigger) is { } badTrigger)
        {
            return badTrigger;
        }

        if (CreditAmounts.Check(command.RechargeAmount, CreditAmounts.MaximumRecharge) is { } badRecharge)
        {
            return badRecharge;
        }

        if (command.RechargeAmount < CreditAmounts.MinimumRecharge)
        {
            return new Error("credits.recharge_minimum",
                CreditAmounts.Format(command.RechargeAmount), CreditAmounts.Format(CreditAmounts.MinimumRecharge));
        }

        var account = Stored(context) ?? CreditsAccount.Empty;
        if (PaymentMethod.ChargeError(account.PaymentMethod, context.Now) is { } unpayable)
        {
            return unpayable;
        }

        var settings = new AutoRecharge(command.TriggerAmount, command.RechargeAmount);
        var next = account with { AutoRecharge = settings };
        CreditLot? recharge = null;
        if (next.Balance(context.Now) < settings.TriggerAmount)
        {
            next = next.Fund(settings.RechargeAmount, context.Now, LotSource.AutoRecharge);
            recharge = next.Lots[^1];
        }
        else if (settings == account.AutoRecharge)
        {
            return new Error("credits.auto_recharge_unchanged", CreditAmounts.Format(settings.TriggerAmount), CreditAmounts.Format(settings.RechargeAmount));
        }

        context.Put(CreditsCollections.Accounts, CreditsAccount.Id, next);
        return new AutoRechargeConfigured(CreditsView.Of(next, context.Now), recharge);
    }

    private static Result<CreditsView> DecideDisable(CommandContext context)
    {
        if (Stored(context) is not { AutoRecharge: not null } account)
        {
            return new Error("credits.auto_recharge_off");
        }

        var next = account with { AutoRecharge = null };
        context.Put(CreditsCollections.Accounts, CreditsAccount.Id, next);
        return CreditsView.Of(next, context.Now);
    }
}
