using System.Globalization;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>
/// Long lists of objects, a page at a time: a card of at most <see cref="Size"/> items (Teams refuses cards of more than
/// about 28 KB), saying which items it shows out of how many, with a "Show more" button for the next page that asks the
/// same sentence again (so its filters hold) — see <see cref="ObjectListPagePayload"/>.
/// </summary>
public static class ListPages
{
    /// <summary>Items on one page.</summary>
    public const int Size = 20;

    /// <summary>The page an intent asks for: 1 unless a "Show more" button set it.</summary>
    public static int Of(Intent intent) =>
        int.TryParse(intent.Slots.GetValueOrDefault(SlotNames.Page), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>
    /// Sends the page of <paramref name="all"/> the intent asks for, as the card <paramref name="build"/> makes of its items;
    /// a list longer than a page says which items are shown and offers the next page.
    /// </summary>
    public static Task SendAsync<T>(
        FlowTurn turn, Intent intent, ObjectKind kind, IReadOnlyList<T> all, Func<IReadOnlyList<T>, AdaptiveCard> build, CancellationToken cancellationToken)
    {
        var pages = Math.Max(1, (all.Count + Size - 1) / Size);
        var page = Math.Min(Of(intent), pages);
        var items = all.Skip((page - 1) * Size).Take(Size).ToArray();
        var card = build(items);
        if (pages == 1)
        {
            return turn.SendCardAsync(card, cancellationToken);
        }

        var language = turn.Language;
        var first = ((page - 1) * Size) + 1;
        var shown = new TextBlock(BotText.Get(language, "ListPages_Shown", first, first + items.Length - 1, all.Count)) { Subtle = true };
        CardAction[] more = page < pages
            ?
            [
                new CardAction(
                    BotText.Get(language, "ListPages_More", all.Count - (page * Size) < Size ? all.Count - (page * Size) : Size),
                    ObjectListPagePayload.Verb,
                    CardPayloads.Write(new ObjectListPagePayload(kind.ToString(), page + 1, CardText(intent.Text)))),
            ]
            : [];
        return turn.SendCardAsync(card with { Body = [.. card.Body, shown], Actions = [.. card.Actions, .. more] }, cancellationToken);
    }

    // The sentence a button carries back: what was asked, clipped to what a message may hold.
    private static string CardText(string? text) => text is null ? string.Empty : text.Length <= 500 ? text : text[..500];
}
