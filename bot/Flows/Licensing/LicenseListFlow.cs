using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Flows.Objects.Licenses;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Licensing;

/// <summary>
/// "what licenses do we have?", "combien de licences Teams Phone nous reste-t-il ?": the organisation's subscriptions
/// (bought, assigned, available per SKU, a Show button each), for the helpdesk and admins; a named SKU narrows the card to
/// it, and "show" with one SKU named shows that subscription whole. A sentence that names a person ("what licenses does
/// Oliver have?") shows that person's licenses; one that names a group ("who has Teams Phone?") lists the group.
/// </summary>
public sealed class LicenseListFlow(LicensingService licensing, LicenseBook book, SubscriptionHandler subscriptions, PersonLicensesFlow person, LicenseGroupFlow group)
    : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.ListLicenses];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (await person.TryShowAsync(turn, intent, cancellationToken) || await group.TryListAsync(turn, intent, cancellationToken))
        {
            return;
        }

        // The core read takes a tenant, not an actor: the role is checked here.
        if (turn.Actor.Role < Role.Helpdesk)
        {
            await turn.SendTextAsync(CommandRunner.RoleError(Role.Helpdesk).Describe(turn.Language), cancellationToken);
            return;
        }

        var named = (intent.Slots.GetValueOrDefault(SlotNames.Sku) ?? intent.Slots.GetValueOrDefault(SlotNames.Skus) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<Sku>(s, out var sku) ? sku : (Sku?)null)
            .OfType<Sku>()
            .ToHashSet();
        if (named.Count == 1 && LicenseWords.AsksToShow(intent.Text)
            && (await book.SubscriptionAsync(turn.Actor.Tenant, named.First(), cancellationToken)) is { Purchased: > 0 } or { Consumed: > 0 })
        {
            await subscriptions.ShowAsync(turn, SubscriptionHandler.Named(named.First()), intent, cancellationToken);
            return;
        }

        var all = await licensing.SubscriptionsAsync(turn.Actor.Tenant, cancellationToken);
        var shown = named.Count == 0
            ? await book.SubscriptionsAsync(turn.Actor.Tenant, cancellationToken)
            : named.Select(sku => all.FirstOrDefault(s => s.Sku == sku) ?? new Subscription(sku, 0, 0)).OrderBy(s => s.Sku).ToArray();
        await SubscriptionHandler.SendListAsync(turn, shown, cancellationToken);
    }
}
