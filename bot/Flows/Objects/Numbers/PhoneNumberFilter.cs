using System.Text.RegularExpressions;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>
/// What a list of numbers keeps, read from the sentence in English or French: "unassigned", "toll-free", "geographic",
/// "user"/"service" numbers, and the countries and cities of the tenant's own numbers that the sentence names ("numbers in
/// Paris", "numéros non attribués en France"). Every filter given must hold ("unassigned toll-free numbers in France").
/// Null means any.
/// </summary>
internal sealed partial record PhoneNumberFilter(bool? Assigned, bool? TollFree, bool? Service, IReadOnlyList<string> Countries, IReadOnlyList<string> Cities)
{
    /// <summary>True when the list keeps every number.</summary>
    public bool IsEmpty => Assigned is null && TollFree is null && Service is null && Countries.Count == 0 && Cities.Count == 0;

    /// <summary>The filters <paramref name="text"/> (and the recogniser's slots) give, among the places of <paramref name="numbers"/>.</summary>
    public static PhoneNumberFilter Read(string text, IReadOnlyDictionary<string, string> slots, IReadOnlyList<PhoneNumber> numbers)
    {
        var folded = TextFolding.Fold(text);
        // Read from the words, not the status slot: that slot takes the "free" of "toll-free" for "unassigned".
        bool? assigned = UnassignedWords().IsMatch(folded) ? false
            : AssignedWords().IsMatch(folded) ? true
            : null;
        var slotType = Enum.TryParse<NumberType>(slots.GetValueOrDefault(SlotNames.NumberType), out var type) ? type : (NumberType?)null;
        bool? tollFree = TollFreeWords().IsMatch(folded) || slots.GetValueOrDefault(SlotNames.TollFree) == "true" || slotType?.IsTollFree() == true ? true
            : GeographicWords().IsMatch(folded) ? false
            : null;
        bool? service = ServiceWords().IsMatch(folded) || slotType?.IsService() == true ? true
            : UserWords().IsMatch(folded) ? false
            : null;

        var countries = numbers.Select(n => n.Country.ToUpperInvariant()).Distinct(StringComparer.Ordinal)
            .Select(iso => AvailabilityCatalog.Default.Get(iso) is { IsSuccess: true } c
                ? new NamedObject(iso, c.Value.EnglishName, [c.Value.FrenchName, .. c.Value.Aliases.Where(a => a.Length > 3)])
                : new NamedObject(iso, iso))
            .ToArray();
        var named = ObjectMentions.FindAll(text, countries).Select(c => c.Id).ToList();
        if (slots.GetValueOrDefault(SlotNames.Country) is { Length: > 0 } slotCountry && !named.Contains(slotCountry.ToUpperInvariant()))
        {
            named.Add(slotCountry.ToUpperInvariant());
        }

        var cities = numbers.Where(n => !string.IsNullOrWhiteSpace(n.City) && !n.Type.IsTollFree())
            .Select(n => n.City!).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(city => !countries.Any(c => string.Equals(c.Name, city, StringComparison.OrdinalIgnoreCase)))
            .Select(city => new NamedObject(city, city))
            .ToArray();
        var cityNames = ObjectMentions.FindAll(text, cities).Select(c => c.Id).ToArray();
        return new PhoneNumberFilter(assigned, tollFree, service, named, cityNames);
    }

    /// <summary>True when <paramref name="number"/> passes every filter.</summary>
    public bool Keeps(PhoneNumber number) =>
        (Assigned is null || Assigned == (number.Assignment is not null))
        && (TollFree is null || TollFree == number.Type.IsTollFree())
        && (Service is null || Service == number.Type.IsService())
        && (Countries.Count == 0 || Countries.Contains(number.Country.ToUpperInvariant()))
        && (Cities.Count == 0 || Cities.Any(c => string.Equals(c, number.City, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The filters in words ("unassigned, toll-free, France"), for the list's title.</summary>
    public string Describe(Language language)
    {
        var parts = new List<string>();
        if (Assigned is { } assigned)
        {
            parts.Add(BotText.Get(language, assigned ? "NumObj_FilterAssigned" : "NumObj_FilterUnassigned"));
        }

        if (TollFree is { } tollFree)
        {
            parts.Add(BotText.Get(language, tollFree ? "NumObj_FilterTollFree" : "NumObj_FilterGeographic"));
        }

        if (Service is { } service)
        {
            parts.Add(BotText.Get(language, service ? "NumObj_FilterService" : "NumObj_FilterUser"));
        }

        parts.AddRange(Countries.Select(iso => AvailabilityCatalog.Default.Get(iso) is { IsSuccess: true } c ? c.Value.Name(language) : iso));
        parts.AddRange(Cities);
        return string.Join(", ", parts);
    }

    [GeneratedRegex(@"\b(unassigned|not (yet )?assigned|spare|unused|available|idle|non (encore )?(attribue|assigne|affecte|utilise)e?s?|pas (encore )?(attribue|assigne|affecte)e?s?|libres?|disponibles?|inutilises?)\b|(?<!toll[- ]?)\bfree numbers?\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex UnassignedWords();

    [GeneratedRegex(@"\b(assigned|in use|attribuee?s?|assignee?s?|affectee?s?|utilisee?s?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AssignedWords();

    [GeneratedRegex(@"\b(toll-? ?free|freephone|numeros? verts?|gratuits?|sans frais)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex TollFreeWords();

    [GeneratedRegex(@"\b(geographic|geographiques?|local|locaux|locales?|toll numbers?|payants?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex GeographicWords();

    [GeneratedRegex(@"\b(service numbers?|numeros? de services?|de service|for (queues|attendants|conferencing))\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ServiceWords();

    [GeneratedRegex(@"\b(user numbers?|subscriber numbers?|numeros? (d'|des |d )?utilisateurs?|for people|des personnes)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex UserWords();
}
