using ChatPhone.Cards;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>Every setting of a phone number as the facts of its detail card, and what blocks its release.</summary>
internal static class PhoneNumberDetails
{
    /// <summary>Number, type, place, status and holder, emergency location, origin, dates.</summary>
    public static IReadOnlyList<Fact> Facts(PhoneNumber number, NumberBook book, Language language, DateTimeOffset now)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var facts = new List<Fact>
        {
            new(T("NumObj_Number"), $"{NumberText.International(number.Number)} ({NumberText.National(number.Number)})"),
            new(T("NumObj_Type"), CardText.Get(language, "NumberType_" + number.Type)),
            new(T("NumObj_Place"), PhoneNumberList.Place(number, language)),
            new(T("NumObj_Status"), T("Numbers_Status_" + number.Status)),
            new(T("NumObj_AssignedTo"), book.Holder(number, language) is { } holder
                ? number.Assignment!.Target == AssignmentTarget.User ? $"{holder} ({T("NumObj_Category_" + number.Assignment.Category)})" : holder
                : T("NumObj_Nobody")),
            new(T("NumObj_Location"), book.Place(number) ?? T("NumObj_NoLocation")),
            new(T("NumObj_Origin"), book.Origin(number, language)!),
            new(T("NumObj_Since"), number.AcquiredAt.ToString("d", language.Culture())),
        };
        if (number.IsBlocked(now))
        {
            facts.Add(new(T("NumObj_Blocked"), number.BlockedUntil == DateTimeOffset.MaxValue
                ? T("NumObj_BlockedForever")
                : number.BlockedUntil!.Value.ToString("g", language.Culture())));
        }

        if (book.OpenPort(number) is { } port)
        {
            facts.Add(new(T("NumObj_InPort"), $"{port.Id} ({CardText.Get(language, "PortOrders_Status_" + port.Status)})"));
        }

        return facts;
    }

    /// <summary>Why <paramref name="number"/> cannot be released now, or null when it can.</summary>
    public static string? ReleaseBlocker(PhoneNumber number, NumberBook book, Language language)
    {
        var display = NumberText.International(number.Number);
        if (book.Holder(number, language) is { } holder)
        {
            return BotText.Get(language, "NumObj_ReleaseAssigned", display, holder);
        }

        return book.OpenPort(number) is { } port
            ? BotText.Get(language, "NumObj_ReleaseInPort", display, port.Id, CardText.Get(language, "PortOrders_Status_" + port.Status))
            : null;
    }
}
