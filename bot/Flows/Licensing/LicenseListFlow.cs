using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Licensing;

/// <summary>
/// "what licenses do we have?", "combien de licences Teams Phone nous reste-t-il ?": the organisation's subscriptions
/// (bought, assigned, available per SKU), for the helpdesk and admins; a named SKU narrows the card to it.
/// </summary>
public sealed class LicenseListFlow(LicensingService licensing) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.ListLicenses];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        // The core read takes a tenant, not an actor: the role is checked here.
        if (turn.Actor.Role < Role.Helpdesk)
        {
            await turn.SendTextAsync(CommandRunner.RoleError(Role.Helpdesk).Describe(turn.Language), cancellationToken);
            return;
        }

        var subscriptions = await licensing.SubscriptionsAsync(turn.Actor.Tenant, cancellationToken);
        var named = (intent.Slots.GetValueOrDefault(SlotNames.Sku) ?? intent.Slots.GetValueOrDefault(SlotNames.Skus) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<Sku>(s, out var sku) ? sku : (Sku?)null)
            .OfType<Sku>()
            .ToHashSet();
        var shown = named.Count == 0
            ? subscriptions
            : named.Select(sku => subscriptions.FirstOrDefault(s => s.Sku == sku) ?? new Subscription(sku, 0, 0)).OrderBy(s => s.Sku).ToArray();
        await turn.SendCardAsync(SubscriptionsCard.Build(shown, turn.Language), cancellationToken);
    }
}
