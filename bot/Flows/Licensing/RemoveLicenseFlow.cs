using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Licenses;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Licensing;

/// <summary>
/// "remove the calling plan from Oliver", "retire le forfait d'appels à Oliver": each person named is looked up and
/// their licenses read, so the plan card lists one line per person with exactly what goes and what stays. Someone who
/// does not hold the license, or who cannot be found, is refused with the reason before anything is planned; what core
/// refuses on confirm (a Calling Plan left without Phone System, a number that needs the license) is shown as its error.
/// "Remove the calling plan subscription" (the subscription, not a person's license) plans giving the subscription back.
/// </summary>
public sealed class RemoveLicenseFlow(PeopleResolver people, LicensingService licensing, LicenseBook book, SubscriptionPlanner subscriptions) : IIntentFlow, IPlannedFlow
{
    // One "userId=Sku+Sku" item per person, comma-separated: ids and enum names hold neither character.
    private const string RemovalsSlot = "removals";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.RemoveLicense];

    /// <inheritdoc />
    public string Name => "licenses.remove";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var skus = Skus(intent);
        if (skus.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "RemoveLicense_WhichSku"), cancellationToken);
            return;
        }

        if (skus.Count == 1 && LicenseWords.NamesSubscription(intent.Text))
        {
            var subscription = await book.SubscriptionAsync(turn.Actor.Tenant, skus[0], cancellationToken);
            await (subscription.Purchased > 0 || subscription.Consumed > 0
                ? subscriptions.PlanRemovalAsync(turn, subscription, cancellationToken)
                : turn.SendTextAsync(BotText.Get(language, "Objects_Gone_Subscription"), cancellationToken));
            return;
        }

        var mentions = (intent.Slots.GetValueOrDefault(SlotNames.People) ?? intent.Slots.GetValueOrDefault(SlotNames.Person) ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (mentions.Length == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "RemoveLicense_WhoMissing"), cancellationToken);
            return;
        }

        var removals = new List<Removal>();
        var refusals = new List<Fact>();
        foreach (var mention in mentions)
        {
            var refusal = await PlanOneAsync(turn, mention, skus, removals, cancellationToken);
            if (refusal is not null)
            {
                refusals.Add(new Fact(mention, refusal));
            }
        }

        if (removals.Count == 0)
        {
            var reasons = refusals.Select(f => f.Value).ToArray();
            await turn.SendTextAsync(
                reasons.Length == 1 ? reasons[0] : BotText.Get(language, "RemoveLicense_NothingPlanned", string.Join(" ", reasons)),
                cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [RemovalsSlot] = string.Join(',', removals.Select(r => $"{r.Person.AadObjectId}={string.Join('+', r.Removing)}")),
        });
        var facts = removals
            .Select(r => new Fact(
                $"{r.Person.DisplayName} ({r.Person.Upn})",
                BotText.Get(language, "RemoveLicense_Line", SkuText.List(r.Removing, language), SkuText.List(r.Keeping, language))))
            .Concat(refusals.Select(f => new Fact(f.Title, BotText.Get(language, "BulkLicenses_WillBeSkipped", f.Value))))
            .ToArray();
        var title = removals.Count == 1
            ? BotText.Get(language, "RemoveLicense_Title", removals[0].Person.DisplayName)
            : BotText.Get(language, "RemoveLicense_TitleMany", removals.Count);
        await turn.SendCardAsync(PlanCard.Build(new PlanSummary(planId, title, facts), key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var outcomes = new List<(string Who, LicenseChange? Change, string? Refusal, Error? Error)>();
        foreach (var item in slots[RemovalsSlot].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var userId = item.Split('=')[0];
            var skus = item.Split('=')[1].Split('+').Select(Enum.Parse<Sku>).ToArray();

            // Each person is their own command, so one refusal never undoes the others; the derived key keeps each one-shot.
            var removed = await licensing.RemoveAsync(new RemoveLicenses(turn.Actor, key.For(userId), UserId.Parse(userId), skus), cancellationToken);
            if (removed.IsSuccess && removed.Value.Changed.Count > 0)
            {
                outcomes.Add((removed.Value.DisplayName, removed.Value, null, null));
                continue;
            }

            var who = await NameAsync(turn, userId, cancellationToken);
            outcomes.Add(removed.IsSuccess
                ? (who, null, BotText.Get(language, "RemoveLicense_NoLongerHeld", who), null)
                : (who, null, removed.Error.Describe(language), removed.Error));
        }

        if (outcomes.Count == 1)
        {
            var (_, change, refusal, error) = outcomes[0];
            return change is not null
                ? new ActionResult(BotText.Get(language, "RemoveLicense_Done", change.DisplayName), LicenseResultCard.Build(change, language))
                : error is not null ? ActionResult.Failure(error, language) : new ActionResult(refusal!) { Failed = true };
        }

        var done = outcomes.Count(o => o.Change is not null);
        var text = BotText.Get(language, "RemoveLicense_DoneMany", done, outcomes.Count - done);
        var facts = outcomes
            .Select(o => new Fact(o.Who, o.Change is { } c ? BotText.Get(language, "RemoveLicense_Holds", SkuText.List(c.Held, language)) : o.Refusal!))
            .ToArray();
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, facts), language)) { Failed = done < outcomes.Count };
    }

    private async Task<string> NameAsync(FlowTurn turn, string userId, CancellationToken cancellationToken) =>
        await people.ResolveAsync(turn.Actor, userId, cancellationToken) is { IsSuccess: true } found ? found.Value.DisplayName : userId;

    private async Task<string?> PlanOneAsync(
        FlowTurn turn, string mention, IReadOnlyList<Sku> skus, List<Removal> removals, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var person = await people.ResolveAsync(turn.Actor, mention, cancellationToken);
        if (!person.IsSuccess)
        {
            return person.Error.Describe(language);
        }

        if (removals.Any(r => r.Person.AadObjectId == person.Value.AadObjectId))
        {
            return null;
        }

        var held = await licensing.ForUserAsync(turn.Actor.Tenant, person.Value.AadObjectId, cancellationToken);
        if (!held.IsSuccess)
        {
            return held.Error.Describe(language);
        }

        var removing = skus.Where(held.Value.Has).ToArray();
        if (removing.Length == 0)
        {
            return BotText.Get(language, "RemoveLicense_NotHeld", person.Value.DisplayName, SkuText.List(skus, language));
        }

        removals.Add(new Removal(person.Value, removing, held.Value.Skus.Except(removing).ToArray()));
        return null;
    }

    private static IReadOnlyList<Sku> Skus(Intent intent) =>
        (intent.Slots.GetValueOrDefault(SlotNames.Skus) ?? intent.Slots.GetValueOrDefault(SlotNames.Sku) ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<Sku>(s, out var sku) ? sku : (Sku?)null)
            .OfType<Sku>()
            .Distinct()
            .ToArray();

    // One person of the plan: what they lose and what they keep.
    private sealed record Removal(Person Person, Sku[] Removing, IReadOnlyList<Sku> Keeping);
}
