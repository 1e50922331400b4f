using System.Globalization;
using System.Text;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Carrier;

/// <summary>The carrier places a search covers, and the E.164 start every number must have (area code or prefix).</summary>
/// <param name="Places">The places whose stock is searched, in data order.</param>
/// <param name="NumberStart">When set, only numbers starting with it (<c>+1206</c>) qualify.</param>
public sealed record CarrierSelection(IReadOnlyList<CarrierPlace> Places, string? NumberStart)
{
    /// <summary>
    /// The selection's stock as <see cref="Stock"/> gives it, with each number's index in its place's stock, leaving out each
    /// place's first <paramref name="from"/> numbers: the same numbers in the same order past those.
    /// </summary>
    public IEnumerable<(CarrierPlace Place, string Number, int Index)> Walk(Func<CarrierPlace, int> stockOf, Func<CarrierPlace, int> from)
    {
        var lists = Places.Select(p => (Place: p, Numbers: NumberGenerator.Stock(p, stockOf(p)), From: from(p))).ToArray();
        var longest = lists.Length == 0 ? 0 : lists.Max(l => l.Numbers.Count);
        for (var i = 0; i < longest; i++)
        {
            foreach (var (place, numbers, start) in lists)
            {
                if (i >= start && i < numbers.Count && (NumberStart is null || numbers[i].StartsWith(NumberStart, StringComparison.Ordinal)))
                {
                    yield return (place, numbers[i], i);
                }
            }
        }
    }

    /// <summary>Every number of the selection's stock, places interleaved, at <paramref name="stockOf"/> numbers per place.</summary>
    public IEnumerable<(CarrierPlace Place, string Number)> Stock(Func<CarrierPlace, int> stockOf)
    {
        var lists = Places.Select(p => (Place: p, Numbers: NumberGenerator.Stock(p, stockOf(p)))).ToArray();
        var longest = lists.Length == 0 ? 0 : lists.Max(l => l.Numbers.Count);
        for (var i = 0; i < longest; i++)
        {
            foreach (var (place, numbers) in lists)
            {
                if (i < numbers.Count && (NumberStart is null || numbers[i].StartsWith(NumberStart, StringComparison.Ordinal)))
                {
                    yield return (place, numbers[i]);
                }
            }
        }
    }
}

/// <summary>Resolves a <see cref="NumberPlace"/> to the carrier places that can supply it.</summary>
public static class CarrierSearch
{
    /// <summary>The places of <paramref name="country"/> that match; empty when the carrier does not offer the place.</summary>
    public static CarrierSelection Select(string country, bool tollFree, NumberPlace place)
    {
        var candidates = CarrierCatalog.In(country).Where(p => p.IsTollFree == tollFree).ToArray();
        if (candidates.Length == 0)
        {
            return new CarrierSelection([], null);
        }

        var countryCode = candidates[0].Ranges[0].CountryCode.ToString(CultureInfo.InvariantCulture);
        if (Digits(place.AreaCode) is { Length: > 0 } area)
        {
            var national = area.TrimStart('0');
            return Narrow(candidates, "+" + countryCode + national, r => r.Prefix.StartsWith(national, StringComparison.Ordinal) || national.StartsWith(r.Prefix, StringComparison.Ordinal));
        }

        if (Digits(place.Prefix) is { Length: > 0 } prefix)
        {
            var e164 = prefix.StartsWith(countryCode, StringComparison.Ordinal) && prefix.Length > countryCode.Length
                ? prefix
                : countryCode + prefix.TrimStart('0');
            return Narrow(candidates, "+" + e164, r => r.E164Prefix.StartsWith(e164, StringComparison.Ordinal) || e164.StartsWith(r.E164Prefix, StringComparison.Ordinal));
        }

        if (tollFree)
        {
            // Toll-free ranges are national, not per city or region.
            return new CarrierSelection(candidates, null);
        }

        var matches = candidates
            .Where(p => Blank(place.City) || Same(p.City, place.City!))
            .Where(p => Blank(place.Subdivision) || Same(p.Subdivision, place.Subdivision!) || Same(p.SubdivisionName, place.Subdivision!))
            .ToArray();
        return new CarrierSelection(!place.IsEmpty ? matches : [], null);
    }

    private static CarrierSelection Narrow(CarrierPlace[] candidates, string start, Func<CarrierRange, bool> overlaps) =>
        new(candidates.Where(p => p.Ranges.Any(overlaps)).ToArray(), start);

    private static string Digits(string? text) => new((text ?? string.Empty).Where(char.IsAsciiDigit).ToArray());

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    // "montréal" finds "Montreal", "île-de-france" finds "Île-de-France".
    private static bool Same(string? a, string b) =>
        a is not null && string.Compare(Fold(a), Fold(b), CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0;

    private static string Fold(string text) => TextFolding.WellFormed(text.Trim()).Normalize(NormalizationForm.FormD);
}
