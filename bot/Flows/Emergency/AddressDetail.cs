using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Emergency;

/// <summary>The show card of an address: every civic field, its validation, its locations, who uses it; Edit/Remove for admins.</summary>
public static class AddressDetail
{
    /// <summary>The detail of <paramref name="a"/> in <paramref name="language"/>.</summary>
    public static DetailSummary Build(CivicAddress a, ILookup<string, PhoneNumber> usage, bool admin, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        Fact F(string field, string? value) => new(T("EmergencyObjects_Field_" + field), string.IsNullOrWhiteSpace(value) ? "—" : value);
        var (numbers, people) = EmergencyPlaces.Count(usage, a.Locations.Select(l => l.Id));
        var facts = new List<Fact>
        {
            F(nameof(a.CompanyName), a.CompanyName), F(nameof(a.Description), a.Description),
            F(nameof(a.HouseNumber), a.HouseNumber), F(nameof(a.HouseNumberSuffix), a.HouseNumberSuffix),
            F(nameof(a.PreDirectional), a.PreDirectional), F(nameof(a.StreetName), a.StreetName), F(nameof(a.StreetSuffix), a.StreetSuffix),
            F(nameof(a.PostDirectional), a.PostDirectional), F(nameof(a.City), a.City), F(nameof(a.CityAlias), a.CityAlias),
            F(nameof(a.StateOrProvince), a.StateOrProvince), F(nameof(a.PostalCode), a.PostalCode), F(nameof(a.Country), a.Country),
            F(nameof(a.Latitude), a.Latitude), F(nameof(a.Longitude), a.Longitude), F(nameof(a.CompanyTaxId), a.CompanyTaxId), F(nameof(a.Elin), a.Elin),
            new(T("EmergencyObjects_Status"), EmergencyAddressHandler.Status(a.Status, language)),
            new(T("EmergencyObjects_Locations"), string.Join(", ", a.Locations.Select(l => l.IsDefault ? T("EmergencyObjects_DefaultMark", l.Name) : l.Name))),
            new(T("EmergencyObjects_NumbersUsing"), numbers.ToString(language.Culture())),
            new(T("EmergencyObjects_PeopleUsing"), people.ToString(language.Culture())),
            new(T("EmergencyObjects_Id"), a.Id),
        };
        var notes = new List<string>();
        notes.AddRange((a.Problems ?? []).Select(p => p.Describe(language)));
        if (EmergencyAddressHandler.EditRefusal(a) is { } noEdit)
        {
            notes.Add(T("EmergencyObjects_NoEditNote", noEdit.Describe(language)));
        }

        if (numbers > 0)
        {
            notes.Add(new Error("emergency.address_in_use", a.OneLine(), numbers).Describe(language));
        }

        var actions = new List<CardAction>();
        if (admin)
        {
            if (EmergencyAddressHandler.EditRefusal(a) is null)
            {
                actions.Add(ObjectButtons.Create(T("EmergencyObjects_Edit"), IntentKind.ChangeObject, ObjectKind.EmergencyAddress, a.Id));
            }

            actions.Add(ObjectButtons.Create(T("EmergencyObjects_Remove"), IntentKind.RemoveObject, ObjectKind.EmergencyAddress, a.Id));
            actions.Add(ObjectButtons.Export(language, ObjectKind.EmergencyAddress, a.Id));
        }

        actions.Add(ObjectButtons.Create(T("EmergencyObjects_ShowLocations"), IntentKind.ListObjects, ObjectKind.EmergencyLocation, a.Id));
        return new DetailSummary(T("EmergencyObjects_AddressTitle", EmergencyPlaces.AddressName(a)), facts, actions)
        {
            Subtitle = a.OneLine(),
            Notes = notes,
        };
    }
}
