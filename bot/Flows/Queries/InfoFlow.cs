using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Credits;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Queries;

/// <summary>Read-only answers for admins and helpdesk: the credits balance and the number quotas.</summary>
public sealed class InfoFlow(CreditsService credits, NumberQueries numbers, TimeProvider clock) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.CreditsBalance, IntentKind.Quotas];

    /// <inheritdoc />
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) =>
        intent.Kind == IntentKind.CreditsBalance ? CreditsAsync(turn, cancellationToken) : QuotasAsync(turn, cancellationToken);

    /// <summary>"what's our credits balance?"</summary>
    public async Task CreditsAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var view = await credits.GetAccountAsync(turn.Actor, clock.GetUtcNow(), cancellationToken);
        await (view.IsSuccess
            ? turn.SendCardAsync(CreditsCard.Build(view.Value, turn.Language), cancellationToken)
            : turn.SendTextAsync(view.Error.Describe(turn.Language), cancellationToken));
    }

    /// <summary>"how many numbers can we get?"</summary>
    public async Task QuotasAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var quotas = await numbers.QuotasAsync(turn.Actor, cancellationToken);
        if (!quotas.IsSuccess)
        {
            await turn.SendTextAsync(quotas.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var (user, toll, tollFree) = (quotas.Value.User, quotas.Value.Toll, quotas.Value.TollFree);
        await turn.SendTextAsync(BotText.Get(turn.Language, "Quotas",
            user.Used, user.Limit, toll.Used, toll.Limit, tollFree.Used, tollFree.Limit), cancellationToken);
    }
}
