using ChatPhone.Cards.AdaptiveCards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SuggestedAction = Microsoft.Bot.Schema.CardAction;

namespace ChatPhone.Bot.Flows;

/// <summary>Sends text and cards on a turn.</summary>
public static class Replies
{
    /// <summary>
    /// The attachment that carries <paramref name="card"/>, its buttons written for a client that runs <paramref name="dialect"/>.
    /// The card is written to JSON once, by System.Text.Json; the Bot Framework (Newtonsoft) sends that text as it is.
    /// </summary>
    public static Attachment ToAttachment(this AdaptiveCard card, CardDialect dialect) =>
        new() { ContentType = AdaptiveCard.ContentType, Content = new JRaw(CardJson.Serialize(card, dialect)) };

    /// <summary>The attachment that carries <paramref name="card"/>, for this turn's client.</summary>
    public static Attachment ToAttachment(this AdaptiveCard card, FlowTurn turn) => card.ToAttachment(turn.Channel.Dialect);

    /// <summary>Sends a text message, shown literally: Teams renders markdown, so it is escaped (names and addresses come from people).</summary>
    public static Task SendTextAsync(this FlowTurn turn, string text, CancellationToken cancellationToken) =>
        turn.Context.SendActivityAsync(MessageFactory.Text(Markdown.Escape(text)), cancellationToken);

    /// <summary>
    /// Sends a question whose answer is one of a few <paramref name="choices"/>: the text (which names them, for channels
    /// that show no suggested actions) and, where the client shows them, one suggested action per choice that sends the
    /// very text the person could type (Web Chat, Direct Line, the Emulator, a Teams 1:1 chat).
    /// </summary>
    public static Task SendQuestionAsync(this FlowTurn turn, string text, IEnumerable<string> choices, CancellationToken cancellationToken)
    {
        var question = MessageFactory.Text(Markdown.Escape(text));
        var actions = choices.Distinct(StringComparer.Ordinal).Select(c => new SuggestedAction(ActionTypes.ImBack, c, value: c)).ToList();
        if (turn.Channel.SuggestedActions && actions.Count > 0)
        {
            question.SuggestedActions = new SuggestedActions { Actions = actions };
        }

        return turn.Context.SendActivityAsync(question, cancellationToken);
    }

    /// <summary>Sends a card as a message.</summary>
    public static Task SendCardAsync(this FlowTurn turn, AdaptiveCard card, CancellationToken cancellationToken) =>
        turn.Context.SendActivityAsync(MessageFactory.Attachment(card.ToAttachment(turn)), cancellationToken);
}
