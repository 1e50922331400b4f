using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Helpdesk;

/// <summary>
/// What a triage found for one person: their causes, plainly. Shown to the person who reported a problem, and
/// to a helpdesk member who checked someone's setup (with an Open a ticket button when an admin must act).
/// </summary>
public static class TriageCard
{
    /// <summary>Builds the card; <paramref name="openTicket"/> adds the button that hands the problem to the admins.</summary>
    public static AdaptiveCard Build(string title, IReadOnlyList<CauseView> causes, OpenTicketPayload? openTicket, Language language)
    {
        var body = new List<CardElement> { new TextBlock(title) { Size = TextSize.Medium, Bolder = true } };
        body.AddRange(TicketCard.Causes(causes, null, language));
        var actions = openTicket is null
            ? []
            : new[] { new CardAction(CardText.Get(language, "Triage_OpenTicket"), OpenTicketPayload.Verb, CardPayloads.Write(openTicket)) { Primary = true } };
        return new AdaptiveCard(body, actions);
    }
}
