using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>
/// License subscriptions as objects: list (bought / assigned / free per SKU, with its problems and a Show button each), show
/// (every count and who holds it, Buy more / Reduce / Remove for admins), change ("reduce the calling plans to 3", "buy 2
/// more", or the form prefilled with today's count) and remove (give every unit back; refused, naming who holds it, while
/// any unit is assigned). Changes end at a plan card; <see cref="SubscriptionPlanner"/> applies them through core's
/// purchase and reduction commands.
/// </summary>
public sealed class SubscriptionHandler(LicenseBook book, SubscriptionPlanner planner, PersonLicensesFlow person, LicenseGroupFlow group) : IObjectHandler
{
    /// <summary>How many holders the show card names before "…and N more".</summary>
    public const int MaxHoldersShown = 40;

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.Subscription;

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var subscriptions = await book.SubscriptionsAsync(actor.Tenant, cancellationToken);
        return subscriptions.Select(s => Named(s.Sku)).ToArray();
    }

    /// <summary>The subscription to <paramref name="sku"/> as an object: its id is the SKU's name.</summary>
    public static NamedObject Named(Sku sku) =>
        new(sku.ToString(), SkuText.Name(sku, Language.English), LicenseWords.NamesOf(sku, [SkuText.Name(sku, Language.French)]));

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        // "list the people without a calling plan", "list Lucas's licenses": the people, not the subscriptions.
        if (await group.TryListAsync(turn, intent, cancellationToken) || await person.TryShowAsync(turn, intent, cancellationToken))
        {
            return;
        }

        var subscriptions = await book.SubscriptionsAsync(turn.Actor.Tenant, cancellationToken);
        await SendListAsync(turn, subscriptions, cancellationToken);
    }

    /// <summary>The subscriptions card with a Show button per SKU: what "list the licenses" answers by either route.</summary>
    public static Task SendListAsync(FlowTurn turn, IReadOnlyList<Subscription> subscriptions, CancellationToken cancellationToken)
    {
        var buttons = subscriptions
            .Where(s => s.Purchased > 0 || s.Consumed > 0)
            .Select(s => ObjectButtons.Create(Clip(SkuText.Name(s.Sku, turn.Language), 40), IntentKind.ShowObject, ObjectKind.Subscription, s.Sku.ToString()))
            .ToArray();
        return turn.SendCardAsync(SubscriptionsCard.Build(subscriptions, turn.Language, buttons), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await SubscriptionAsync(turn, target, cancellationToken) is not { } subscription)
        {
            return;
        }

        var language = turn.Language;
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        string N(int value) => value.ToString("N0", language.Culture());
        var holders = await book.HoldersAsync(turn.Actor.Tenant, subscription.Sku, cancellationToken);
        var name = SkuText.Name(subscription.Sku, language);
        var facts = new List<Fact>
        {
            new(T("LicObj_Product"), name),
            new(T("LicObj_PartNumber"), subscription.Sku.PartNumber()),
            new(T("LicObj_Bought"), N(subscription.Purchased)),
            new(T("LicObj_Assigned"), N(subscription.Consumed)),
            new(T("LicObj_Free"), N(Math.Max(0, subscription.Available))),
            new(T("LicObj_Holders"), Names(holders, language)),
        };
        var notes = SubscriptionsCard.Problem(subscription, language) is { } problem ? new List<string> { problem } : [];
        if (subscription.Consumed > 0)
        {
            notes.Add(T("LicObj_RemoveBlocked", N(subscription.Consumed)));
        }

        CardAction[] buttons = turn.Actor.IsAdmin
            ?
            [
                ObjectButtons.Create(T("LicObj_BuyMore"), IntentKind.ChangeObject, Kind, target.Id),
                ObjectButtons.Create(T("LicObj_Reduce"), IntentKind.ChangeObject, Kind, target.Id),
                ObjectButtons.Create(T("LicObj_Remove"), IntentKind.RemoveObject, Kind, target.Id),
            ]
            : [];
        var detail = new DetailSummary(T("LicObj_Title", name), facts, buttons) { Notes = notes };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await SubscriptionAsync(turn, target, cancellationToken) is not { } subscription)
        {
            return;
        }

        if (SubscriptionSentence.Target(intent.Text, subscription.Purchased) is { } total)
        {
            await planner.PlanTotalAsync(turn, subscription, total, cancellationToken);
            return;
        }

        await turn.SendCardAsync(SubscriptionEditForm.Build(subscription, turn.Language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await SubscriptionAsync(turn, target, cancellationToken) is { } subscription)
        {
            await planner.PlanRemovalAsync(turn, subscription, cancellationToken);
        }
    }

    /// <summary>Names joined, the first <see cref="MaxHoldersShown"/> only, then "…and N more"; "nobody" when empty.</summary>
    internal static string Names(IReadOnlyList<Person> people, Language language)
    {
        if (people.Count == 0)
        {
            return BotText.Get(language, "LicObj_Nobody");
        }

        var shown = string.Join(", ", people.Take(MaxHoldersShown).Select(p => Clip(p.DisplayName, 60)));
        return people.Count <= MaxHoldersShown ? shown : BotText.Get(language, "LicObj_AndMore", shown, people.Count - MaxHoldersShown);
    }

    internal static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    // The subscription the target names, read now; "no longer exists" when it was given back since.
    private async Task<Subscription?> SubscriptionAsync(FlowTurn turn, NamedObject target, CancellationToken cancellationToken)
    {
        if (Enum.TryParse<Sku>(target.Id, out var sku) && Enum.IsDefined(sku))
        {
            var subscription = await book.SubscriptionAsync(turn.Actor.Tenant, sku, cancellationToken);
            if (subscription.Purchased > 0 || subscription.Consumed > 0)
            {
                return subscription;
            }
        }

        await turn.SendTextAsync(BotText.Get(turn.Language, "Objects_Gone_Subscription"), cancellationToken);
        return null;
    }
}
