using ChatPhone.Cards.AdaptiveCards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatPhone.Bot.Flows;

/// <summary>Sends text and cards on a turn.</summary>
public static class Replies
{
    /// <summary>The attachment that carries <paramref name="card"/>, its buttons written for a client that runs <paramref name="dialect"/>.</summary>
    public static Attachment ToAttachment(this AdaptiveCard card, CardDialect dialect) =>
        new() { ContentType = AdaptiveCard.ContentType, Content = JObject.Parse(CardJson.Serialize(card, dialect)) };

    /// <summary>The attachment that carries <paramref name="card"/>, for this turn's client.</summary>
    public static Attachment ToAttachment(this AdaptiveCard card, FlowTurn turn) => card.ToAttachment(turn.Channel.Dialect);

    /// <summary>Sends a text message, shown literally: Teams renders markdown, so it is escaped (names and addresses come from people).</summary>
    public static Task SendTextAsync(this FlowTurn turn, string text, CancellationToken cancellationToken) =>
        turn.Context.SendActivityAsync(MessageFactory.Text(Markdown.Escape(text)), cancellationToken);

    /// <summary>Sends a card as a message.</summary>
    public static Task SendCardAsync(this FlowTurn turn, AdaptiveCard card, CancellationToken cancellationToken) =>
        turn.Context.SendActivityAsync(MessageFactory.Attachment(card.ToAttachment(turn)), cancellationToken);
}
