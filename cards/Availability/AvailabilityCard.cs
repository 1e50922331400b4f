using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Cards.Availability;

/// <summary>What Microsoft sells in one country: Phone System and its features, Calling Plans, conferencing, service numbers, credits.</summary>
public static class AvailabilityCard
{
    /// <summary>How many cities each list shows before summarising the rest.</summary>
    public const int MaxListedCities = 15;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(CountryAvailability country, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        string YesNo(bool value) => T(value ? "Common_Yes" : "Common_No");
        var culture = language.Culture();
        var plans = country.CallingPlans;

        var facts = new List<Fact>
        {
            new(T("Availability_PhoneSystem"), YesNo(country.PhoneSystem.Purchasable)),
            new(T("Availability_AutoAttendants"), YesNo(country.PhoneSystem.AutoAttendants)),
            new(T("Availability_CallQueues"), YesNo(country.PhoneSystem.CallQueues)),
            new(T("Availability_Voicemail"), YesNo(country.PhoneSystem.Voicemail)),
            new(T("Availability_CallingPlans"), plans.Purchasable && plans.OutboundDestinations is { } destinations
                ? T("Availability_Destinations", destinations.ToString(culture))
                : YesNo(plans.Purchasable)),
        };
        foreach (var allotment in plans.Allotments ?? [])
        {
            var minutes = allotment.InternationalMinutes > 0
                ? T("Availability_MinutesBoth", allotment.DomesticMinutes.ToString("N0", culture), allotment.InternationalMinutes.ToString("N0", culture))
                : T("Availability_Minutes", allotment.DomesticMinutes.ToString("N0", culture));
            facts.Add(new(SkuText.Name(allotment.Plan, language), minutes));
        }

        if (plans.SharesPoolWith is { Count: > 0 } pool)
        {
            facts.Add(new(T("Availability_SharedPool"), string.Join(", ", pool)));
        }

        facts.Add(new(T("Availability_AudioConferencing"), YesNo(country.AudioConferencing.Purchasable)));
        facts.Add(new(T("Availability_DialOut"), YesNo(country.AudioConferencing.DialOutCallMe)));
        facts.Add(new(T("Availability_Toll"), YesNo(country.ServiceNumbers.TollAvailable)));
        facts.Add(new(T("Availability_TollFree"), YesNo(country.ServiceNumbers.TollFreeAvailable)));
        facts.Add(new(T("Availability_Credits"), YesNo(country.CommunicationsCredits.Available)));

        var body = new List<CardElement>
        {
            new TextBlock(T("Availability_Title", country.Name(language), country.Iso)) { Size = TextSize.Medium, Bolder = true },
            new FactSet(facts),
        };
        AddCities(body, T("Availability_SharedNumbers"), country.AudioConferencing.AutoAssignedSharedNumbers, language);
        AddCities(body, T("Availability_TollCities"), country.ServiceNumbers.TollCities, language);
        return new AdaptiveCard([.. body]);
    }

    private static void AddCities(List<CardElement> body, string title, IReadOnlyList<string> cities, Language language)
    {
        if (cities.Count == 0)
        {
            return;
        }

        var items = new List<CardElement> { new TextBlock(title) { Bolder = true } };
        items.AddRange(CardLists.Bullets(cities, MaxListedCities, language));
        body.Add(new Container(items) { Separator = true });
    }
}
