using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Help;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows;

/// <summary>
/// "Did you mean…?": when the model is not sure enough to act, the card offers its likeliest intents; a click
/// continues with the person's same sentence read as the chosen intent (its slots read again), through the flow of
/// that intent, which checks the clicker's role as a typed message would.
/// </summary>
public sealed class IntentChoiceFlow(IntentRecognizer recognizer, IntentFlows intentFlows) : IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [IntentChoicePayload.Verb];

    /// <summary>Sends the "did you mean…?" card for a message the model was unsure of.</summary>
    public static Task OfferAsync(FlowTurn turn, string text, Intent unsure, CancellationToken cancellationToken)
    {
        var capped = text.Length > IntentRecognizer.MaxInputLength ? text[..IntentRecognizer.MaxInputLength] : text;
        var choices = unsure.Guesses.Select(g => g.Kind.ToString()).ToArray();
        return turn.SendCardAsync(DidYouMeanCard.Build(capped, choices, turn.Language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<IntentChoicePayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (!Enum.TryParse<IntentKind>(payload.Value.Intent, out var kind) || kind == IntentKind.None || intentFlows.For(kind) is not { } flow)
        {
            return ActionRouter.Failed(turn, new Error("card.invalid_payload"));
        }

        var locale = turn.Language == Language.French ? "fr-FR" : "en-US";
        var intent = recognizer.RecognizeAs(kind, payload.Value.Text, locale);
        await (intentFlows.For(intent.Kind) ?? flow).RunAsync(turn, intent, cancellationToken);
        return new ActionResult(DidYouMeanCard.Label(payload.Value.Intent, turn.Language)) { Quiet = true };
    }
}
