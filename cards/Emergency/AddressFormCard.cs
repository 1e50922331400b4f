using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Cards.Emergency;

/// <summary>
/// The emergency address form: one field per civic address field (ids in <see cref="AddressInputs"/>),
/// prefilled from a draft, required ones marked; Submit sends them, Cancel sends none.
/// </summary>
public static class AddressFormCard
{
    private const string CoordinatePattern = @"^-?\d{1,3}(\.\d+)?$";

    /// <summary>Builds the form of the pending plan <paramref name="planId"/>, prefilled from <paramref name="draft"/> when given.</summary>
    public static AdaptiveCard Build(AddressFields? draft, string planId, string idempotencyKey, Language language) =>
        Build(draft, new CardAction(CardText.Get(language, "Address_Submit"), SubmitAddressPayload.Verb, CardPayloads.Write(new SubmitAddressPayload(planId, idempotencyKey))) { Primary = true }, planId, language);

    /// <summary>The same form prefilled with an existing address's fields; its Submit leads to a plan card of what changes.</summary>
    public static AdaptiveCard BuildEdit(AddressFields current, string addressId, string planId, Language language) =>
        Build(current, new CardAction(CardText.Get(language, "Address_EditSubmit"), EditAddressPayload.Verb, CardPayloads.Write(new EditAddressPayload(addressId, planId))) { Primary = true }, planId, language);

    private static AdaptiveCard Build(AddressFields? draft, CardAction submit, string planId, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        InputText Field(string id, string? value, int maxLength) =>
            new(id, T("Address_" + id)) { Value = value, MaxLength = maxLength, Placeholder = T("Address_" + id + "_Hint") };
        InputText Required(string id, string? value, int maxLength) =>
            Field(id, value, maxLength) with { IsRequired = true, ErrorMessage = T("Address_Required", T("Address_" + id)) };
        static Column Col(CardElement element, ColumnWidth width = ColumnWidth.Stretch) => new([element]) { Width = width };

        var body = new CardElement[]
        {
            new TextBlock(T("Address_FormTitle")) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(T("Address_FormIntro")) { Subtle = true },
            Required(AddressInputs.CompanyName, draft?.CompanyName, 100),
            new ColumnSet(
            [
                Col(Field(AddressInputs.HouseNumber, draft?.HouseNumber, 10)),
                Col(Field(AddressInputs.HouseNumberSuffix, draft?.HouseNumberSuffix, 10)),
            ]),
            new ColumnSet(
            [
                Col(Field(AddressInputs.StreetName, draft?.StreetName, 100)),
                Col(Field(AddressInputs.StreetSuffix, draft?.StreetSuffix, 20)),
            ]),
            Field(AddressInputs.City, draft?.City, 100),
            new ColumnSet(
            [
                Col(Field(AddressInputs.StateOrProvince, draft?.StateOrProvince, 50)),
                Col(Field(AddressInputs.PostalCode, draft?.PostalCode, 20)),
            ]),
            Required(AddressInputs.Country, draft?.Country, 2) with { Regex = "^[A-Za-z]{2}$" },
            new ColumnSet(
            [
                Col(Field(AddressInputs.Latitude, draft?.Latitude, 20) with { Regex = CoordinatePattern, ErrorMessage = T("Address_CoordinateError") }),
                Col(Field(AddressInputs.Longitude, draft?.Longitude, 20) with { Regex = CoordinatePattern, ErrorMessage = T("Address_CoordinateError") }),
            ]),
            new TextBlock(T("Address_CoordinatesNote")) { Subtle = true },
            Field(AddressInputs.Description, draft?.Description, 250),
        };

        var cancel = new CardAction(
            T("Plan_Cancel"),
            CancelPlanPayload.Verb,
            CardPayloads.Write(new CancelPlanPayload(planId))) { Destructive = true, IgnoreInputs = true };
        return new AdaptiveCard(body, [submit, cancel]);
    }
}
