using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Credits;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// The Communications Credits account as an object (one per tenant, admins only as core says): show (balance,
/// auto-recharge with its threshold and amount, the payment method masked), change ("turn on auto-recharge at 50 with
/// 100", "set the threshold to 20", else a prefilled form) and remove (turns auto-recharge off; the balance stays).
/// Confirm applies through core's auto-recharge commands with the plan's key, only if auto-recharge is as it was planned.
/// </summary>
public sealed class CreditsHandler(CreditsService credits, TimeProvider clock) : IObjectHandler, IPlannedFlow, IActionFlow
{
    private const string AccountId = "credits";

    private static readonly string[] KindWords =
        ["credits", "communications credits", "auto recharge", "autorecharge", "credits de communication", "recharge automatique"];

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.Credits;

    /// <inheritdoc />
    public string Name => "objects.credits";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [EditCreditsPayload.Verb];

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var view = await credits.GetAccountAsync(actor, clock.GetUtcNow(), cancellationToken);
        return view.IsSuccess ? new[] { new NamedObject(AccountId, BotText.Get(Language.English, "SvcObj_CreditsName"), KindWords) }
            : view.Error.Code == "credits.not_set_up" ? Array.Empty<NamedObject>()
            : view.Error;
    }

    /// <inheritdoc />
    public Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) =>
        ShowAsync(turn, new NamedObject(AccountId, AccountId), intent, cancellationToken);

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await AccountAsync(turn, cancellationToken) is not { } view)
        {
            return;
        }

        var language = turn.Language;
        var buttons = new List<CardAction>();
        if (turn.Actor.IsAdmin)
        {
            buttons.Add(ObjectButtons.Create(BotText.Get(language, "SvcObj_Edit"), IntentKind.ChangeObject, Kind, AccountId));
            if (view.AutoRecharge is not null)
            {
                buttons.Add(ObjectButtons.Create(BotText.Get(language, "SvcObj_TurnOff"), IntentKind.RemoveObject, Kind, AccountId));
            }
        }

        var detail = new DetailSummary(BotText.Get(language, "SvcObj_CreditsTitle"), CreditsEdit.Facts(view, language), buttons)
        {
            Notes = view.HasPositiveBalance ? [] : [BotText.Get(language, "SvcObj_CreditsEmpty")],
        };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await AccountAsync(turn, cancellationToken) is not { } view)
        {
            return;
        }

        var edit = CreditsEdit.Read(intent.Text);
        if (edit.Off)
        {
            await PlanOffAsync(turn, view, cancellationToken);
            return;
        }

        if (edit.IsEmpty)
        {
            await turn.SendCardAsync(CreditsEdit.Form(view, turn.Language), cancellationToken);
            return;
        }

        await PlanOnAsync(turn, view, edit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await AccountAsync(turn, cancellationToken) is { } view)
        {
            await PlanOffAsync(turn, view, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var now = await credits.GetAccountAsync(turn.Actor, clock.GetUtcNow(), cancellationToken);
        if (!now.IsSuccess)
        {
            return ActionResult.Failure(now.Error, language);
        }

        if (CreditsEdit.Seen(now.Value.AutoRecharge) != slots.GetValueOrDefault(CreditsEdit.SeenSlot))
        {
            return new ActionResult(BotText.Get(language, "SvcObj_CreditsChangedMeanwhile", CreditsEdit.Describe(now.Value.AutoRecharge, language))) { Failed = true };
        }

        if (slots.ContainsKey(CreditsEdit.OffSlot))
        {
            var off = await credits.DisableAutoRechargeAsync(new DisableAutoRecharge(turn.Actor, key), cancellationToken);
            return off.IsSuccess
                ? new ActionResult(BotText.Get(language, "SvcObj_AutoRechargeTurnedOff"), CreditsCard.Build(off.Value, language))
                : ActionResult.Failure(off.Error, language);
        }

        var threshold = decimal.Parse(slots[CreditsEdit.ThresholdSlot], CultureInfo.InvariantCulture);
        var amount = decimal.Parse(slots[CreditsEdit.AmountSlot], CultureInfo.InvariantCulture);
        var on = await credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(turn.Actor, key, threshold, amount), cancellationToken);
        return on.IsSuccess
            ? new ActionResult(BotText.Get(language, "SvcObj_AutoRechargeSet", CreditsEdit.Describe(on.Value.Account.AutoRecharge, language)), CreditsCard.Build(on.Value.Account, language))
            : ActionResult.Failure(on.Error, language);
    }

    /// <summary>The edit form's submit: planned like a sentence.</summary>
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, CommandRunner.RoleError(Role.Admin));
        }

        var payload = CardPayloads.Read<EditCreditsPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        var view = await credits.GetAccountAsync(turn.Actor, clock.GetUtcNow(), cancellationToken);
        if (!view.IsSuccess)
        {
            return ActionRouter.Failed(turn, view.Error);
        }

        if (CreditsEdit.Seen(view.Value.AutoRecharge) != payload.Value.Seen)
        {
            return new ActionResult(BotText.Get(turn.Language, "SvcObj_CreditsChangedMeanwhile", CreditsEdit.Describe(view.Value.AutoRecharge, turn.Language))) { Failed = true };
        }

        var on = FormInputs.Bool(data, ServiceObjectEditFields.AutoRecharge);
        decimal? Amount(string id) => decimal.TryParse(FormInputs.Text(data, id), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
        if (!on.IsSuccess)
        {
            return ActionRouter.Failed(turn, on.Error);
        }

        if (on.Value == false)
        {
            await PlanOffAsync(turn, view.Value, cancellationToken);
        }
        else
        {
            await PlanOnAsync(turn, view.Value, new CreditsEdit(false, Amount(ServiceObjectEditFields.Threshold), Amount(ServiceObjectEditFields.Amount)), cancellationToken);
        }

        return new ActionResult(BotText.Get(turn.Language, "Form_Received")) { Quiet = true };
    }

    private async Task PlanOnAsync(FlowTurn turn, CreditsView view, CreditsEdit edit, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if ((edit.Threshold ?? view.AutoRecharge?.TriggerAmount) is not { } threshold || (edit.Amount ?? view.AutoRecharge?.RechargeAmount) is not { } amount)
        {
            await turn.SendTextAsync(BotText.Get(language, "SvcObj_CreditsHowMuch"), cancellationToken);
            return;
        }

        var next = new AutoRecharge(threshold, amount);
        if (next == view.AutoRecharge)
        {
            await turn.SendTextAsync(BotText.Get(language, "SvcObj_CreditsAlreadySo", CreditsEdit.Describe(next, language)), cancellationToken);
            return;
        }

        var invalid = CreditAmounts.Check(threshold, CreditAmounts.MaximumTrigger)
            ?? CreditAmounts.Check(amount, CreditAmounts.MaximumRecharge)
            ?? (amount < CreditAmounts.MinimumRecharge
                ? new Error("credits.recharge_minimum", CreditAmounts.Format(amount), CreditAmounts.Format(CreditAmounts.MinimumRecharge))
                : null)
            ?? PaymentMethod.ChargeError(view.PaymentMethod, clock.GetUtcNow());
        if (invalid is not null)
        {
            await turn.SendTextAsync(invalid.Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [CreditsEdit.ThresholdSlot] = threshold.ToString(CultureInfo.InvariantCulture),
            [CreditsEdit.AmountSlot] = amount.ToString(CultureInfo.InvariantCulture),
            [CreditsEdit.SeenSlot] = CreditsEdit.Seen(view.AutoRecharge),
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "SvcObj_CreditsPlanTitle"),
        [
            new Fact(BotText.Get(language, "SvcObj_AutoRecharge"), $"{CreditsEdit.Describe(view.AutoRecharge, language)} → {CreditsEdit.Describe(next, language)}"),
        ])
        {
            Warnings = view.Balance < threshold
                ? [BotText.Get(language, "SvcObj_CreditsBuysNow", CreditsEdit.Money(view.Balance, language), CreditsEdit.Money(amount, language))]
                : [],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    private async Task PlanOffAsync(FlowTurn turn, CreditsView view, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (view.AutoRecharge is null)
        {
            await turn.SendTextAsync(new Error("credits.auto_recharge_off").Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [CreditsEdit.OffSlot] = "true",
            [CreditsEdit.SeenSlot] = CreditsEdit.Seen(view.AutoRecharge),
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "SvcObj_CreditsOffTitle"),
        [
            new Fact(BotText.Get(language, "SvcObj_AutoRecharge"), $"{CreditsEdit.Describe(view.AutoRecharge, language)} → {CreditsEdit.Describe(null, language)}"),
            new Fact(BotText.Get(language, "SvcObj_Balance"), CreditsEdit.Money(view.Balance, language)),
        ])
        {
            Warnings = [BotText.Get(language, "SvcObj_CreditsOffWarning")],
            ConfirmLabel = BotText.Get(language, "SvcObj_TurnOff"),
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    private async Task<CreditsView?> AccountAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var view = await credits.GetAccountAsync(turn.Actor, clock.GetUtcNow(), cancellationToken);
        if (view.IsSuccess)
        {
            return view.Value;
        }

        await turn.SendTextAsync(
            view.Error.Code == "credits.not_set_up" ? BotText.Get(turn.Language, "Objects_None_Credits") : view.Error.Describe(turn.Language),
            cancellationToken);
        return null;
    }
}
