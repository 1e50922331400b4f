using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>Today's values of a holiday, for <see cref="HolidayEditForm"/>.</summary>
/// <param name="Id">The holiday's id (sent back with the form; the bot looks it up in the clicker's tenant).</param>
/// <param name="Name">Its name.</param>
/// <param name="First">Its first day (yyyy-MM-dd).</param>
/// <param name="Last">Its last day (yyyy-MM-dd).</param>
public sealed record HolidayFormValues(string Id, string Name, string First, string Last);

/// <summary>
/// The Edit form of a holiday, prefilled with today's values: its name and its days. Its submit comes back as a
/// <see cref="HolidayEditPayload"/> and the holiday's id; the bot plans what differs from today.
/// </summary>
public static class HolidayEditForm
{
    /// <summary>The input ids.</summary>
    public const string NameInput = "holidayName", FirstInput = "holidayFirst", LastInput = "holidayLast";

    private const string DatePattern = "^\\d{4}-\\d{2}-\\d{2}$";

    /// <summary>Builds the form.</summary>
    public static AdaptiveCard Build(HolidayFormValues values, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var body = new List<CardElement>
        {
            new TextBlock(T("HolidayForm_Title", values.Name)) { Size = TextSize.Medium, Bolder = true },
            new InputText(NameInput, T("HolidayForm_Name")) { Value = values.Name, IsRequired = true, ErrorMessage = T("HolidayForm_NameError"), MaxLength = 64 },
            new InputText(FirstInput, T("HolidayForm_First")) { Value = values.First, IsRequired = true, Regex = DatePattern, ErrorMessage = T("HolidayForm_DateError"), MaxLength = 10, Placeholder = "2026-12-25" },
            new InputText(LastInput, T("HolidayForm_Last")) { Value = values.Last, Regex = DatePattern, ErrorMessage = T("HolidayForm_DateError"), MaxLength = 10, Placeholder = "2026-12-26" },
        };
        var submit = new CardAction(T("HolidayForm_Submit"), HolidayEditPayload.Verb, CardPayloads.Write(new HolidayEditPayload(values.Id))) { Primary = true };
        return new AdaptiveCard(body, [submit]);
    }
}
