using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Credits;

/// <summary>Simulated pay-per-minute spend.</summary>
public sealed partial class CreditsService
{
    private const int MaxDescriptionLength = 200;

    /// <summary>
    /// Spends <see cref="RecordUsage.Amount"/> from the oldest unexpired lots. When the balance falls
    /// below the auto-recharge trigger, recharges are bought in the same change (as many as needed to
    /// pay, up to <see cref="CreditAmounts.MaximumRechargesPerUsage"/>). What cannot be paid is
    /// reported as unpaid, and a zero balance as credit-gated features stopped.
    /// </summary>
    public Task<Result<UsageRecorded>> RecordUsageAsync(RecordUsage command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Credits.UsageRecord, Role.Admin, ReadAccount,
            context => DecideUsage(command, context), CreditsJson.Default.UsageRecorded, cancellationToken);

    private static Result<UsageRecorded> DecideUsage(RecordUsage command, CommandContext context)
    {
        if (CreditAmounts.Check(command.Amount, CreditAmounts.MaximumUsage) is { } invalid)
        {
            return invalid;
        }

        var description = command.Description?.Trim() ?? string.Empty;
        if (description.Length is 0 or > MaxDescriptionLength || description.Any(char.IsControl))
        {
            return new Error("credits.invalid_usage_description", MaxDescriptionLength);
        }

        if (Stored(context) is not { } account)
        {
            return new Error("credits.not_set_up");
        }

        var now = context.Now;
        var (next, unpaid) = account.Debit(command.Amount, now);
        var recharges = new List<CreditLot>();
        Error? failure = null;
        if (next.AutoRecharge is { } auto && next.Balance(now) < auto.TriggerAmount)
        {
            failure = PaymentMethod.ChargeError(next.PaymentMethod, now);
            while (failure is null && (recharges.Count == 0 || unpaid > 0) && recharges.Count < CreditAmounts.MaximumRechargesPerUsage)
            {
                next = next.Fund(auto.RechargeAmount, now, LotSource.AutoRecharge);
                recharges.Add(next.Lots[^1]);
                (next, unpaid) = next.Debit(unpaid, now);
            }
        }

        if (unpaid < command.Amount || recharges.Count > 0)
        {
            context.Put(CreditsCollections.Accounts, CreditsAccount.Id, next);
        }

        return new UsageRecorded(
            description, command.Amount - unpaid, unpaid, recharges, failure, !next.HasPositiveBalance(now), CreditsView.Of(next, now));
    }
}
