using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Helpdesk;

/// <summary>
/// A ticket in the helpdesk channel: the causes triage found, each with its one-click fix, and Claim, Hand over
/// and Resolve. Every button carries the ticket id and a key minted for this copy of the card, so a double click
/// applies once and a button of an older copy is answered from the ticket's current state.
/// </summary>
public static class TicketCard
{
    /// <summary>How many history lines the card shows.</summary>
    public const int MaxHistory = 6;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(TicketView ticket, Func<string> newKey, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);

        var body = new List<CardElement>
        {
            new TextBlock(T("Ticket_Title", ticket.Id, ticket.Title)) { Size = TextSize.Medium, Bolder = true },
            new FactSet(ticket.Facts),
        };
        body.AddRange(Causes(ticket.Causes, ticket.CanFix ? code => new CardAction(
            ticket.Causes.First(c => c.Code == code).FixLabel!, FixTicketPayload.Verb,
            CardPayloads.Write(new FixTicketPayload(ticket.Id, code, newKey()))) { Primary = true } : null, language));

        if (ticket.DeliveryProblems.Count > 0)
        {
            body.Add(new Container([.. ticket.DeliveryProblems.Select(p => (CardElement)new TextBlock("⚠ " + p) { Color = TextColor.Warning })]) { Emphasis = true });
        }

        if (ticket.History.Count > 0)
        {
            body.Add(new Container([.. ticket.History.TakeLast(MaxHistory).Select(h => (CardElement)new TextBlock(h) { Subtle = true })]) { Separator = true });
        }

        var actions = new List<CardAction>();
        if (ticket.CanClaim)
        {
            actions.Add(new CardAction(T("Ticket_Claim"), ClaimTicketPayload.Verb, CardPayloads.Write(new ClaimTicketPayload(ticket.Id, newKey()))));
        }

        if (ticket.CanResolve && ticket.HandOverTo.Count > 0)
        {
            body.Add(new InputChoiceSet(HandOverTicketPayload.ToInput, T("Ticket_HandTo"), ticket.HandOverTo) { Placeholder = T("Ticket_HandToPlaceholder") });
            actions.Add(new CardAction(T("Ticket_HandOver"), HandOverTicketPayload.Verb, CardPayloads.Write(new HandOverTicketPayload(ticket.Id, newKey()))));
        }

        if (ticket.CanResolve)
        {
            actions.Add(new CardAction(T("Ticket_Resolve"), ResolveTicketPayload.Verb, CardPayloads.Write(new ResolveTicketPayload(ticket.Id, newKey()))) { IgnoreInputs = true });
        }

        return new AdaptiveCard(body, actions);
    }

    /// <summary>The causes as blocks: what is wrong, what happens next, and the fix button when <paramref name="fix"/> gives one.</summary>
    internal static IEnumerable<CardElement> Causes(IReadOnlyList<CauseView> causes, Func<string, CardAction?>? fix, Language language)
    {
        if (causes.Count == 0)
        {
            yield return new TextBlock(CardText.Get(language, "Triage_NothingFound")) { Color = TextColor.Good };
            yield break;
        }

        foreach (var cause in causes)
        {
            var items = new List<CardElement>
            {
                new TextBlock((cause.Fixed ? "✅ " : cause.Blocking ? "⛔ " : "⚠ ") + cause.Text)
                {
                    Bolder = !cause.Fixed,
                    Color = cause.Fixed ? TextColor.Good : cause.Blocking ? TextColor.Attention : TextColor.Warning,
                },
                new TextBlock(cause.Fixed ? CardText.Get(language, "Triage_Fixed") : cause.Next) { Subtle = true },
            };
            if (!cause.Fixed && cause.FixLabel is not null && fix?.Invoke(cause.Code) is { } button)
            {
                items.Add(new ActionSet([button]));
            }

            yield return new Container(items) { Separator = true };
        }
    }
}
