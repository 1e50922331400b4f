using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Numbers;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Microsoft365;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// "Sync numbers from Microsoft 365" / « synchronise les numéros avec Microsoft 365 » (admins): in a tenant connected to
/// Microsoft 365, its numbers are read from Graph and brought into the inventory, each given to the person who holds it
/// there; the card says what was added, given, already the same, and each number left as it was with why. A tenant that is
/// not connected is told so. Nothing is taken from anyone, so it applies at once, keyed so a retried message does it once.
/// </summary>
public sealed class NumberSyncFlow(NumberSyncService sync) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.SyncNumbers];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (turn.Actor.IsAdmin && sync.HasSource(turn.Actor))
        {
            await turn.SendTextAsync(BotText.Get(language, "NumberSync_Reading"), cancellationToken);
        }

        var outcome = await sync.SyncAsync(new SyncNumbers(turn.Actor, IdempotencyKey.New()), cancellationToken: cancellationToken);
        if (!outcome.IsSuccess)
        {
            await turn.SendTextAsync(outcome.Error.Describe(language), cancellationToken);
            return;
        }

        await turn.SendCardAsync(NumberSyncCard.Build(outcome.Value, turn.Actor.DisplayName, language), cancellationToken);
    }
}
