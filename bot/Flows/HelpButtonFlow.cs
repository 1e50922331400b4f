using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Help;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows;

/// <summary>
/// The help card's buttons: each runs the flow of its capability, as if its example sentence had been typed.
/// Only the catalog's button entries run (they need no slots); the flow re-checks the clicker's role as always.
/// </summary>
public sealed class HelpButtonFlow(IntentFlows intentFlows) : IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [HelpAskPayload.Verb];

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<HelpAskPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        var entry = HelpCatalog.Clickable.FirstOrDefault(b => b.Key == payload.Value.Capability);
        if (entry is null || !Enum.TryParse<IntentKind>(entry.Intent, out var kind) || intentFlows.For(kind) is not { } flow)
        {
            return ActionRouter.Failed(turn, new Error("card.invalid_payload"));
        }

        await flow.RunAsync(turn, Intent.Of(kind, turn.Language == Language.French ? "fr" : "en"), cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Help_Asked")) { Quiet = true };
    }
}
