using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>
/// "list the numbers", "unassigned toll-free numbers in France", "numéros à Paris": the tenant's numbers that pass the
/// sentence's filters, a page of them (see <see cref="ListPages"/>) each with who holds it and a Show button, and Show more for the next. Both the numbers'
/// own intent and the generic list intent answer with this card, so both routes agree. Helpdesk and admins (core checks).
/// </summary>
public sealed class PhoneNumberList(NumberBookReader reader)
{
    /// <summary>Sends the list the sentence asks for.</summary>
    public async Task SendAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var book = await reader.ReadAsync(turn.Actor, cancellationToken);
        if (!book.IsSuccess)
        {
            await turn.SendTextAsync(book.Error.Describe(language), cancellationToken);
            return;
        }

        var filter = PhoneNumberFilter.Read(intent.Text, intent.Slots, book.Value.Numbers);
        var kept = book.Value.Numbers.Where(filter.Keeps).ToArray();
        if (kept.Length == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, filter.IsEmpty && book.Value.Numbers.Count == 0 ? "Numbers_ListEmpty" : "Numbers_ListEmptyFiltered"), cancellationToken);
            return;
        }

        var title = filter.IsEmpty
            ? BotText.Get(language, "Numbers_ListTitle", kept.Length)
            : BotText.Get(language, "NumObj_ListTitleFiltered", kept.Length, filter.Describe(language));
        var rows = kept.Select(number => new ListedObject(
            BotText.Get(language, "Numbers_ListLine", number.Number, Place(number, language),
                book.Value.Holder(number, language) ?? BotText.Get(language, "Numbers_Status_Unassigned")),
            ObjectButtons.Create(BotText.Get(language, "NumObj_Show"), IntentKind.ShowObject, ObjectKind.PhoneNumber, number.Number))).ToArray();
        await ListPages.SendAsync(turn, intent, ObjectKind.PhoneNumber, rows, page => ObjectListCard.Build(title, page, more: null), cancellationToken);
    }

    /// <summary>"Paris, France", or the country alone.</summary>
    internal static string Place(PhoneNumber number, Language language)
    {
        var country = AvailabilityCatalog.Default.Get(number.Country) is { IsSuccess: true } c ? c.Value.Name(language) : number.Country;
        return string.IsNullOrWhiteSpace(number.City) ? country : $"{number.City}, {country}";
    }
}
