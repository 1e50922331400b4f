using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>
/// Plans and applies a new unit count for a subscription (from a sentence or the edit form) and its removal: a higher total
/// buys the difference, a lower one gives back unassigned units; a total below the units assigned, or a removal while any
/// unit is assigned, is refused naming who holds them. The plan keeps the count it was made against, so Confirm refuses
/// when someone bought or gave back units meanwhile; core's purchase and reduction commands apply it with the plan's key.
/// </summary>
public sealed class SubscriptionPlanner(LicensingService licensing, LicenseBook book) : IPlannedFlow, IActionFlow
{
    private const string SkuSlot = "lic.sku";
    private const string OperationSlot = "lic.op";
    private const string QuantitySlot = "lic.quantity";
    private const string SeenSlot = "lic.seen";
    private const string Buy = "buy";
    private const string Reduce = "reduce";
    private const string Remove = "remove";

    /// <inheritdoc />
    public string Name => "objects.subscription";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [EditSubscriptionPayload.Verb];

    /// <summary>Plans owning <paramref name="total"/> units of <paramref name="subscription"/>, or says why not.</summary>
    public async Task PlanTotalAsync(FlowTurn turn, Subscription subscription, int total, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var name = SkuText.Name(subscription.Sku, language);
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(CommandRunner.RoleError(Role.Admin).Describe(language), cancellationToken);
            return;
        }

        if (total is < 0 or > LicensingService.MaxQuantity)
        {
            await turn.SendTextAsync(T("LicObj_TotalOutOfRange", total, LicensingService.MaxQuantity), cancellationToken);
            return;
        }

        if (total == subscription.Purchased)
        {
            await turn.SendTextAsync(T("LicObj_AlreadySo", name, N(total, language)), cancellationToken);
            return;
        }

        if (total < subscription.Consumed)
        {
            var holders = await book.HoldersAsync(turn.Actor.Tenant, subscription.Sku, cancellationToken);
            await turn.SendTextAsync(T("LicObj_BelowAssigned", name, N(subscription.Consumed, language), N(total, language), SubscriptionHandler.Names(holders, language)), cancellationToken);
            return;
        }

        var buying = total > subscription.Purchased;
        var quantity = Math.Abs(total - subscription.Purchased);
        var facts = new List<Fact>
        {
            new(T(buying ? "LicObj_Buying" : "LicObj_GivingBack"), N(quantity, language)),
            new(T("LicObj_Bought"), $"{N(subscription.Purchased, language)} → {N(total, language)}"),
            new(T("LicObj_Assigned"), N(subscription.Consumed, language)),
            new(T("LicObj_Free"), $"{N(Math.Max(0, subscription.Available), language)} → {N(total - subscription.Consumed, language)}"),
        };
        await SendPlanAsync(turn, subscription, buying ? Buy : Reduce, quantity, T("LicObj_ChangeTitle", name), facts, [], cancellationToken);
    }

    /// <summary>Plans giving every unit of <paramref name="subscription"/> back, or refuses while any is assigned.</summary>
    public async Task PlanRemovalAsync(FlowTurn turn, Subscription subscription, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var name = SkuText.Name(subscription.Sku, language);
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(CommandRunner.RoleError(Role.Admin).Describe(language), cancellationToken);
            return;
        }

        if (subscription.Consumed > 0)
        {
            var holders = await book.HoldersAsync(turn.Actor.Tenant, subscription.Sku, cancellationToken);
            await turn.SendTextAsync(T("LicObj_RemoveRefused", name, N(subscription.Consumed, language), SubscriptionHandler.Names(holders, language)), cancellationToken);
            return;
        }

        var facts = new List<Fact>
        {
            new(T("LicObj_Removed"), name),
            new(T("LicObj_Bought"), $"{N(subscription.Purchased, language)} → 0"),
        };
        await SendPlanAsync(turn, subscription, Remove, subscription.Purchased, T("LicObj_RemoveTitle", name), facts, [T("LicObj_RemoveWarning")], cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var sku = Enum.Parse<Sku>(slots[SkuSlot]);
        var quantity = int.Parse(slots[QuantitySlot], CultureInfo.InvariantCulture);
        var seen = int.Parse(slots[SeenSlot], CultureInfo.InvariantCulture);
        var name = SkuText.Name(sku, language);
        var current = await book.SubscriptionAsync(turn.Actor.Tenant, sku, cancellationToken);
        if (current.Purchased != seen)
        {
            return new ActionResult(BotText.Get(language, "LicObj_ChangedMeanwhile", name, N(seen, language), N(current.Purchased, language))) { Failed = true };
        }

        var operation = slots[OperationSlot];
        var result = operation == Buy
            ? await licensing.PurchaseAsync(new PurchaseLicenses(turn.Actor, key, sku, quantity), cancellationToken)
            : await licensing.ReduceAsync(new ReduceLicenses(turn.Actor, key, sku, quantity), cancellationToken);
        if (!result.IsSuccess)
        {
            return ActionResult.Failure(result.Error, language);
        }

        var text = operation == Remove
            ? BotText.Get(language, "LicObj_RemovedDone", name)
            : BotText.Get(language, "LicObj_Changed", name, N(result.Value.Purchased, language), N(result.Value.Available, language));
        Fact[] facts = [new(BotText.Get(language, "LicObj_Bought"), $"{N(seen, language)} → {N(result.Value.Purchased, language)}")];
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, facts), language));
    }

    /// <summary>The edit form's submit: the new total becomes a plan, exactly like a sentence.</summary>
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, CommandRunner.RoleError(Role.Admin));
        }

        var payload = CardPayloads.Read<EditSubscriptionPayload>(data);
        if (!payload.IsSuccess || !Enum.TryParse<Sku>(payload.Value.Sku, out var sku) || !Enum.IsDefined(sku))
        {
            return ActionRouter.Failed(turn, payload.IsSuccess ? new Error("card.invalid_payload") : payload.Error);
        }

        var current = await book.SubscriptionAsync(turn.Actor.Tenant, sku, cancellationToken);
        if (current.Purchased == 0 && current.Consumed == 0)
        {
            return new ActionResult(BotText.Get(language, "Objects_Gone_Subscription")) { Failed = true };
        }

        if (current.Purchased != payload.Value.Seen)
        {
            return new ActionResult(BotText.Get(language, "LicObj_ChangedMeanwhile", SkuText.Name(sku, language), N(payload.Value.Seen, language), N(current.Purchased, language))) { Failed = true };
        }

        var input = CardInputs.Value(data, SubscriptionEditFields.Total);
        if (!decimal.TryParse(input, NumberStyles.Integer | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var total)
            || total != decimal.Truncate(total) || total is < 0 or > LicensingService.MaxQuantity)
        {
            return ActionRouter.Failed(turn, new Error("form.invalid_field", SubscriptionEditFields.Total));
        }

        await PlanTotalAsync(turn, current, (int)total, cancellationToken);
        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    private async Task SendPlanAsync(
        FlowTurn turn, Subscription subscription, string operation, int quantity, string title, IReadOnlyList<Fact> facts, IReadOnlyList<string> warnings, CancellationToken cancellationToken)
    {
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [SkuSlot] = subscription.Sku.ToString(),
            [OperationSlot] = operation,
            [QuantitySlot] = quantity.ToString(CultureInfo.InvariantCulture),
            [SeenSlot] = subscription.Purchased.ToString(CultureInfo.InvariantCulture),
        });
        var plan = new PlanSummary(planId, title, facts) { Warnings = warnings };
        await turn.SendCardAsync(PlanCard.Build(plan, key, turn.Language), cancellationToken);
    }

    private static string N(int value, Language language) => value.ToString("N0", language.Culture());
}
