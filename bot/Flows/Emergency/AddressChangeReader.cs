using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Bot.Flows.Emergency;

/// <summary>
/// Reads one field change of an address from a sentence ("change the postal code of Contoso Seattle to 98101", "passe le
/// code postal de Contoso Seattle à 98101"): the field from its EN/FR words, the value after the last "to"/"à"/"en"/"pour".
/// Also turns address fields into plan slots and back, and lists what differs between two sets of fields.
/// </summary>
public static class AddressChangeReader
{
    // The field names used in slots and resource keys, with the words that name them (folded), longest first per field.
    private static readonly (string Field, string[] Words)[] FieldWords =
    [
        (nameof(AddressFields.PostalCode), ["postal code", "postcode", "zip code", "zip", "code postal", "cp"]),
        (nameof(AddressFields.CompanyName), ["company name", "company", "nom de l'entreprise", "nom de la societe", "raison sociale", "entreprise", "societe"]),
        (nameof(AddressFields.HouseNumber), ["house number", "street number", "numero de rue", "numero"]),
        (nameof(AddressFields.StreetName), ["street name", "street", "nom de rue", "rue", "voie"]),
        (nameof(AddressFields.StateOrProvince), ["state", "province", "etat", "region"]),
        (nameof(AddressFields.City), ["city", "town", "ville", "commune"]),
        (nameof(AddressFields.Latitude), ["latitude"]),
        (nameof(AddressFields.Longitude), ["longitude"]),
        (nameof(AddressFields.Description), ["description", "libelle", "label"]),
    ];

    private static readonly string[] ValueMarkers = [" to ", " à ", " a ", " en ", " pour ", " = ", ": "];

    /// <summary>The fields after the change the sentence asks, or null when it names no field with a value.</summary>
    public static AddressFields? Read(string text, AddressFields current)
    {
        var folded = " " + TextFolding.Fold(text).Replace('’', '\'') + " ";
        var field = FieldWords.FirstOrDefault(f => f.Words.Any(w => folded.Contains(" " + w + " ", StringComparison.Ordinal))).Field;
        if (field is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        var at = ValueMarkers.Select(m => (Marker: m, Index: trimmed.LastIndexOf(m, StringComparison.OrdinalIgnoreCase))).Where(m => m.Index >= 0).OrderByDescending(m => m.Index).FirstOrDefault();
        if (at.Marker is null)
        {
            return null;
        }

        var value = trimmed[(at.Index + at.Marker.Length)..].Trim().Trim('"', '“', '”', '«', '»', '.', '!', ' ');
        if (value.Length == 0)
        {
            return null;
        }

        var slots = ToSlots(current).ToDictionary(s => s.Field, s => s.Value, StringComparer.Ordinal);
        slots[field] = value;
        return FromSlots(slots);
    }

    /// <summary>Each non-empty field as (name, value).</summary>
    public static IEnumerable<(string Field, string Value)> ToSlots(AddressFields f) =>
        Values(f).Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => (v.Field, v.Value!));

    /// <summary>The fields back from <see cref="ToSlots"/>.</summary>
    public static AddressFields FromSlots(IReadOnlyDictionary<string, string> s)
    {
        string? V(string name) => s.GetValueOrDefault(name);
        return new AddressFields(
            V(nameof(AddressFields.CompanyName)) ?? string.Empty, V(nameof(AddressFields.Country)) ?? string.Empty,
            V(nameof(AddressFields.HouseNumber)), V(nameof(AddressFields.HouseNumberSuffix)), V(nameof(AddressFields.PreDirectional)),
            V(nameof(AddressFields.StreetName)), V(nameof(AddressFields.StreetSuffix)), V(nameof(AddressFields.PostDirectional)),
            V(nameof(AddressFields.City)), V(nameof(AddressFields.CityAlias)), V(nameof(AddressFields.StateOrProvince)),
            V(nameof(AddressFields.PostalCode)), V(nameof(AddressFields.Latitude)), V(nameof(AddressFields.Longitude)),
            V(nameof(AddressFields.Description)), V(nameof(AddressFields.CompanyTaxId)), V(nameof(AddressFields.Elin)));
    }

    /// <summary>The fields whose value differs, with the old and new values.</summary>
    public static IEnumerable<(string Field, string? Old, string? New)> Differences(AddressFields before, AddressFields after) =>
        Values(before).Zip(Values(after))
            .Where(p => !string.Equals(Blank(p.First.Value), Blank(p.Second.Value), StringComparison.Ordinal))
            .Select(p => (p.First.Field, Blank(p.First.Value), Blank(p.Second.Value)));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static (string Field, string? Value)[] Values(AddressFields f) =>
    [
        (nameof(f.CompanyName), f.CompanyName), (nameof(f.Country), f.Country), (nameof(f.HouseNumber), f.HouseNumber),
        (nameof(f.HouseNumberSuffix), f.HouseNumberSuffix), (nameof(f.PreDirectional), f.PreDirectional), (nameof(f.StreetName), f.StreetName),
        (nameof(f.StreetSuffix), f.StreetSuffix), (nameof(f.PostDirectional), f.PostDirectional), (nameof(f.City), f.City),
        (nameof(f.CityAlias), f.CityAlias), (nameof(f.StateOrProvince), f.StateOrProvince), (nameof(f.PostalCode), f.PostalCode),
        (nameof(f.Latitude), f.Latitude), (nameof(f.Longitude), f.Longitude), (nameof(f.Description), f.Description),
        (nameof(f.CompanyTaxId), f.CompanyTaxId), (nameof(f.Elin), f.Elin),
    ];
}
