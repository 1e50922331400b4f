using System.Globalization;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;

namespace ChatPhone.Cards.Forms;

public static partial class StepForms
{
    /// <summary>The service number types, conference first (the bridge is usually set up first).</summary>
    public static readonly IReadOnlyList<NumberType> ServiceTypes =
    [
        NumberType.ConferenceToll, NumberType.ConferenceTollFree, NumberType.CallQueueToll,
        NumberType.CallQueueTollFree, NumberType.AutoAttendantToll, NumberType.AutoAttendantTollFree,
    ];

    /// <summary>
    /// Steps 3 and 4: where (a place the carrier sells in), how many, and for service numbers which type.
    /// User numbers also offer to transfer existing numbers instead.
    /// </summary>
    public static AdaptiveCard NumberSearch(bool service, string? homeCountry, Language language)
    {
        var places = CarrierCatalog.Places
            .Where(p => service || !p.IsTollFree)
            .OrderBy(p => p.Country == homeCountry ? 0 : 1)
            .ThenBy(p => p.Country, StringComparer.Ordinal)
            .Select(p => new Option(PlaceTitle(p, language), p.Key))
            .ToArray();
        var inputs = new List<CardElement>();
        if (service)
        {
            inputs.Add(Picker(null, FormFields.NumberType, T(language, "Numbers_Type"),
                ServiceTypes.Select(t => new Option(T(language, "NumberType_" + t), t.ToString()))) with { Selected = [nameof(NumberType.ConferenceToll)] });
        }

        inputs.Add(Picker(null, FormFields.Place, T(language, "Form_Place"), places) with { Selected = [places[0].Value] });
        inputs.Add(new InputNumber(FormFields.Quantity, T(language, "Form_Quantity")) { Value = 1, Min = 1, Max = 100 });
        var form = new List<CardElement> { Section(null, inputs, Submit(T(language, "Form_Search"), "SearchNumbers")) };
        if (!service)
        {
            form.Add(new Container(
            [
                new TextBlock(T(language, "Form_Numbers_PortIntro")) { Subtle = true },
                new ActionSet([Submit(T(language, "Form_Numbers_Port"), "PortNumbers") with { Primary = false, IgnoreInputs = true }]),
            ]) { Separator = true });
        }

        return Card(T(language, service ? "Form_ServiceNumbers_Title" : "Form_UserNumbers_Title"), T(language, "Form_Numbers_Intro"), form);
    }

    /// <summary>Step 5's second half: which number (unassigned user numbers) goes to whom.</summary>
    public static AdaptiveCard AssignNumber(IReadOnlyList<Option> numbers, IReadOnlyList<Option> people, Language language, string? preselected = null) =>
        Card(T(language, "Form_Assign_Title"), T(language, "Form_Assign_Intro"),
        [
            Section(null,
            [
                Picker(null, FormFields.PhoneNumber, T(language, "Form_Number"), numbers) with { Selected = [.. new[] { preselected ?? numbers.FirstOrDefault()?.Value }.OfType<string>()] },
                Picker(null, FormFields.Person, T(language, "Assign_Person"), people) with { Placeholder = T(language, "Assign_PersonPlaceholder") },
            ], Submit(T(language, "Assign_Confirm"), "AssignNumber")),
        ]);

    /// <summary>A place as the admin center names it: "Seattle, Washington (US)", "Toll free (US)".</summary>
    public static string PlaceTitle(CarrierPlace place, Language language) =>
        place.IsTollFree
            ? T(language, "Form_Place_TollFree", place.Country)
            : place.SubdivisionName is { } region
                ? string.Format(CultureInfo.InvariantCulture, "{0}, {1} ({2})", place.City, region, place.Country)
                : string.Format(CultureInfo.InvariantCulture, "{0} ({1})", place.City, place.Country);
}
