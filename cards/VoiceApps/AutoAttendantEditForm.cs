using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>Today's values of an auto attendant, for <see cref="AutoAttendantEditForm"/>.</summary>
/// <param name="Id">The attendant's id (sent back with the form; the bot looks it up in the clicker's tenant).</param>
/// <param name="Name">Its name.</param>
/// <param name="TimeZoneId">Its time zone (a supported Windows id).</param>
/// <param name="LanguageId">Its language (a supported id such as fr-FR).</param>
/// <param name="Open">When it opens on its open days (HH:mm).</param>
/// <param name="Close">When it closes (HH:mm, 24:00 for midnight).</param>
/// <param name="Days">Its open days.</param>
public sealed record AutoAttendantFormValues(string Id, string Name, string TimeZoneId, string LanguageId, string Open, string Close, IReadOnlyList<DayOfWeek> Days);

/// <summary>
/// The Edit form of an auto attendant, prefilled with today's values: name, time zone, language and business hours. Its
/// submit comes back as an <see cref="AutoAttendantEditPayload"/> and the attendant's id; the bot plans what differs from today.
/// </summary>
public static class AutoAttendantEditForm
{
    /// <summary>The input ids.</summary>
    public const string NameInput = "aaName", TimeZoneInput = "aaTimeZone", LanguageInput = "aaLanguage", OpenInput = "aaOpen", CloseInput = "aaClose", DaysInput = "aaDays";

    /// <summary>Builds the form; <paramref name="timeZones"/> and <paramref name="languages"/> are the ids offered.</summary>
    public static AdaptiveCard Build(AutoAttendantFormValues values, IReadOnlyList<string> timeZones, IReadOnlyList<string> languages, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var culture = System.Globalization.CultureInfo.GetCultureInfo(language == Language.French ? "fr-FR" : "en-US");
        var week = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday };
        var body = new List<CardElement>
        {
            new TextBlock(T("AutoAttendantForm_Title", values.Name)) { Size = TextSize.Medium, Bolder = true },
            new InputText(NameInput, T("AutoAttendantForm_Name")) { Value = values.Name, IsRequired = true, ErrorMessage = T("AutoAttendantForm_NameError"), MaxLength = 64 },
            new InputChoiceSet(TimeZoneInput, T("AutoAttendantForm_TimeZone"), timeZones.Select(z => new Choice(z, z)).ToArray()) { Selected = [values.TimeZoneId] },
            new InputChoiceSet(LanguageInput, T("AutoAttendantForm_Language"), languages.Select(l => new Choice(l, l)).ToArray()) { Selected = [values.LanguageId] },
            Time(OpenInput, T("AutoAttendantForm_Open"), values.Open, T("AutoAttendantForm_TimeError")),
            Time(CloseInput, T("AutoAttendantForm_Close"), values.Close, T("AutoAttendantForm_TimeError")),
            new InputChoiceSet(DaysInput, T("AutoAttendantForm_Days"), week.Select(d => new Choice(culture.DateTimeFormat.GetDayName(d), d.ToString())).ToArray())
            {
                IsMultiSelect = true,
                Selected = values.Days.Select(d => d.ToString()).ToArray(),
            },
        };
        var submit = new CardAction(T("AutoAttendantForm_Submit"), AutoAttendantEditPayload.Verb, CardPayloads.Write(new AutoAttendantEditPayload(values.Id))) { Primary = true };
        return new AdaptiveCard(body, [submit]);
    }

    private static InputText Time(string id, string label, string value, string error) =>
        new(id, label) { Value = value, Regex = "^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$", ErrorMessage = error, MaxLength = 5 };
}
