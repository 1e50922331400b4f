using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Licenses;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Setup;

namespace ChatPhone.Bot.Flows.Licensing;

/// <summary>
/// Step 2 by chat: "give alex@contoso.com Phone System and a calling plan" and "buy 10 Phone System
/// licenses" — each shows a plan card and changes licenses only on confirm. "Reduce the calling plans to 3" (read as a purchase)
/// plans the new count of the subscription; "… to everyone in Sales" plans a bulk assignment to that group (<see cref="LicenseGroupFlow"/>),
/// and "people without a calling plan" (read as an assignment, but giving nothing) lists them.
/// </summary>
public sealed class LicenseFlow(PeopleResolver people, LicensingService licensing, StepFormSender forms, LicenseGroupFlow group, LicenseBook book, SubscriptionPlanner subscriptions)
    : IIntentFlow, IPlannedFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.BuyLicenses, IntentKind.AssignLicense];

    /// <inheritdoc />
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) =>
        intent.Kind == IntentKind.BuyLicenses ? PlanBuyAsync(turn, intent, cancellationToken) : PlanAssignAsync(turn, intent, cancellationToken);

    private const string ActionSlot = "action";
    private const string UserSlot = "userId";
    private const string UserNameSlot = "userName";

    /// <inheritdoc />
    public string Name => "licenses";

    /// <summary>Plans an assignment to one person.</summary>
    public async Task PlanAssignAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!LicenseAudiences.Gives(intent.Text) && await group.TryListAsync(turn, intent, cancellationToken))
        {
            return;
        }

        if (!await AdminAsync(turn, cancellationToken))
        {
            return;
        }

        var skus = Skus(intent);
        if (skus.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "Licenses_WhichSku"), cancellationToken);
            await forms.SendAsync(turn, SetupStepKind.Licenses, cancellationToken);
            return;
        }

        if (await group.TryPlanAsync(turn, intent, skus, cancellationToken))
        {
            return;
        }

        var person = await people.ResolveAsync(turn.Actor, intent.Slots.GetValueOrDefault(SlotNames.Person), cancellationToken);
        if (!person.IsSuccess)
        {
            await turn.SendTextAsync(person.Error.Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [ActionSlot] = "assign",
            [UserSlot] = person.Value.AadObjectId,
            [UserNameSlot] = person.Value.DisplayName,
            [SlotNames.Skus] = string.Join(',', skus),
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "Licenses_AssignTitle"),
        [
            new Fact(BotText.Get(language, "Licenses_Person"), $"{person.Value.DisplayName} ({person.Value.Upn}, {person.Value.UsageLocation})"),
            new Fact(BotText.Get(language, "Licenses_Add"), string.Join(", ", skus.Select(s => SkuText.Name(s, language)))),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <summary>Plans a purchase.</summary>
    public async Task PlanBuyAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!await AdminAsync(turn, cancellationToken))
        {
            return;
        }

        var skus = Skus(intent);
        var quantity = intent.Slots.GetValueOrDefault(SlotNames.Quantity);
        if (skus.Count == 1 && LicenseWords.SetsCount(intent.Text))
        {
            // "reduce the calling plans to 3", "passe l'abonnement Teams Phone à 5 licences": a new total, not a purchase.
            var subscription = await book.SubscriptionAsync(turn.Actor.Tenant, skus[0], cancellationToken);
            if (SubscriptionSentence.Target(intent.Text, subscription.Purchased) is { } total)
            {
                await subscriptions.PlanTotalAsync(turn, subscription, total, cancellationToken);
                return;
            }
        }

        if (Quantities(intent.Slots.GetValueOrDefault(SlotNames.SkuQuantities)) is { Count: > 1 } several)
        {
            // "buy 5 Teams Phone and 3 calling plans": one plan, one purchase of them all.
            var (setId, setKey) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
            {
                [ActionSlot] = "buy",
                [SlotNames.Skus] = string.Join(',', several.Select(p => p.Sku)),
                [SlotNames.SkuQuantities] = intent.Slots[SlotNames.SkuQuantities],
            });
            var facts = several.Select(p => new Fact(SkuText.Name(p.Sku, language), p.Quantity.ToString(CultureInfo.InvariantCulture))).ToArray();
            await turn.SendCardAsync(PlanCard.Build(new PlanSummary(setId, BotText.Get(language, "Licenses_BuyTitle"), facts), setKey, language), cancellationToken);
            return;
        }

        if (skus.Count != 1 || quantity is null)
        {
            // The form comes with the license the sentence named already picked, so "Buy" buys that one, not Phone System.
            await turn.SendTextAsync(BotText.Get(language, "Licenses_BuyHow"), cancellationToken);
            await forms.SendLicensesAsync(turn, skus.Count == 1 ? skus[0] : null, cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [ActionSlot] = "buy",
            [SlotNames.Skus] = skus[0].ToString(),
            [SlotNames.Quantity] = quantity,
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "Licenses_BuyTitle"),
            [new Fact(SkuText.Name(skus[0], language), quantity)]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var skus = slots[SlotNames.Skus].Split(',').Select(Enum.Parse<Sku>).ToArray();
        if (slots[ActionSlot] == "buy" && Quantities(slots.GetValueOrDefault(SlotNames.SkuQuantities)) is { Count: > 1 } several)
        {
            var all = await licensing.PurchaseSetAsync(new PurchaseLicenseSet(turn.Actor, key, several), cancellationToken);
            if (!all.IsSuccess)
            {
                return ActionResult.Failure(all.Error, language);
            }

            var lines = all.Value.Select(b => BotText.Get(language, "Licenses_Bought", SkuText.Name(b.Sku, language), b.Purchased, b.Available)).ToArray();
            var summary = string.Join(" ", lines);
            return new ActionResult(summary, ResultCard.Build(new ResultSummary(summary, [], BotText.Get(language, "Licenses_NextAssign")), language));
        }

        if (slots[ActionSlot] == "buy")
        {
            var quantity = int.Parse(slots[SlotNames.Quantity], CultureInfo.InvariantCulture);
            var bought = await licensing.PurchaseAsync(new PurchaseLicenses(turn.Actor, key, skus[0], quantity), cancellationToken);
            if (!bought.IsSuccess)
            {
                return ActionResult.Failure(bought.Error, language);
            }

            var text = BotText.Get(language, "Licenses_Bought", SkuText.Name(skus[0], language), bought.Value.Purchased, bought.Value.Available);
            return new ActionResult(text, ResultCard.Build(new ResultSummary(text, [], BotText.Get(language, "Licenses_NextAssign")), language));
        }

        var assigned = await licensing.AssignAsync(new AssignLicenses(turn.Actor, key, UserId.Parse(slots[UserSlot]), skus), cancellationToken);
        return assigned.IsSuccess
            ? new ActionResult(BotText.Get(language, "Licenses_Assigned", slots[UserNameSlot]), LicenseResultCard.Build(assigned.Value, language))
            : ActionResult.Failure(assigned.Error, language);
    }

    // "PhoneSystem:5,DomesticCallingPlan:3" as purchases; empty when absent or malformed.
    private static IReadOnlyList<LicenseQuantity> Quantities(string? slot)
    {
        var pairs = new List<LicenseQuantity>();
        foreach (var pair in (slot ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':');
            if (parts.Length != 2 || !Enum.TryParse<Sku>(parts[0], out var sku) || !Enum.IsDefined(sku)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quantity))
            {
                return [];
            }

            pairs.Add(new LicenseQuantity(sku, quantity));
        }

        return pairs;
    }

    private static IReadOnlyList<Sku> Skus(Intent intent) =>
        (intent.Slots.GetValueOrDefault(SlotNames.Skus) ?? intent.Slots.GetValueOrDefault(SlotNames.Sku) ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<Sku>(s, out var sku) ? sku : (Sku?)null)
            .OfType<Sku>()
            .Distinct()
            .ToArray();

    private static async Task<bool> AdminAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Actor.IsAdmin)
        {
            return true;
        }

        await turn.SendTextAsync(new Error("auth.admin_required").Describe(turn.Language), cancellationToken);
        return false;
    }
}
