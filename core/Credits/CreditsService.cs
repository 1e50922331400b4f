using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Credits;

/// <summary>
/// Step 10, Communications Credits: funding, auto-recharge, the payment method, simulated spend and
/// the balance. Every command reads the one account document and is admin-only.
/// </summary>
public sealed partial class CreditsService(CommandRunner runner)
{
    /// <summary>Adds a one-time funding; the first one must be at least <see cref="CreditAmounts.MinimumFirstFunding"/>.</summary>
    public Task<Result<CreditsView>> AddFundsAsync(AddFunds command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Credits.AddFunds, Role.Admin, ReadAccount,
            context => DecideAddFunds(command, context), CreditsJson.Default.CreditsView, cancellationToken);

    /// <summary>Sets how funds are paid for (card last four digits, or an Enterprise Agreement number and PO).</summary>
    public Task<Result<CreditsView>> SetPaymentMethodAsync(SetPaymentMethod command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Credits.PaymentMethodSet, Role.Admin, ReadAccount,
            context => DecideSetPaymentMethod(command, context), CreditsJson.Default.CreditsView, cancellationToken);

    private static void ReadAccount(Storage.ReadSet reads) => reads.One(CreditsCollections.Accounts, CreditsAccount.Id);

    private static CreditsAccount? Stored(CommandContext context) => context.Find(CreditsCollections.Accounts, CreditsAccount.Id);

    private static Result<CreditsView> DecideAddFunds(AddFunds command, CommandContext context)
    {
        if (CreditAmounts.Check(command.Amount, CreditAmounts.MaximumFunding) is { } invalid)
        {
            return invalid;
        }

        var account = Stored(context) ?? CreditsAccount.Empty;
        if (account.Lots.Count == 0 && command.Amount < CreditAmounts.MinimumFirstFunding)
        {
            return new Error("credits.first_funding_minimum",
                CreditAmounts.Format(command.Amount), CreditAmounts.Format(CreditAmounts.MinimumFirstFunding));
        }

        var after = account.Balance(context.Now) + command.Amount;
        if (after > CreditAmounts.MaximumBalance)
        {
            return new Error("credits.balance_limit", CreditAmounts.Format(after), CreditAmounts.Format(CreditAmounts.MaximumBalance));
        }

        if (PaymentMethod.ChargeError(account.PaymentMethod, context.Now) is { } unpayable)
        {
            return unpayable;
        }

        var next = account.Fund(command.Amount, context.Now, LotSource.Purchase);
        context.Put(CreditsCollections.Accounts, CreditsAccount.Id, next);
        return CreditsView.Of(next, context.Now);
    }

    private static Result<CreditsView> DecideSetPaymentMethod(SetPaymentMethod command, CommandContext context)
    {
        if (command.Method is null)
        {
            return new Error("credits.invalid_payment_method");
        }

        var method = command.Method.Validate(context.Now);
        if (!method.IsSuccess)
        {
            return method.Error;
        }

        var account = Stored(context) ?? CreditsAccount.Empty;
        if (method.Value == account.PaymentMethod)
        {
            return new Error("credits.payment_method_unchanged");
        }

        var next = account with { PaymentMethod = method.Value };
        context.Put(CreditsCollections.Accounts, CreditsAccount.Id, next);
        return CreditsView.Of(next, context.Now);
    }
}
