using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency.Gazetteer;

namespace ChatPhone.Core.Emergency.Parsing;

/// <summary>How the parts of a one-line address look: postal codes, streets with their number, state codes, native country names.</summary>
internal static partial class AddressPatterns
{
    // Postal codes of any country, longest shapes first, when the country is not known.
    private const string AnyPostal = @"\d{5}-\d{4}|\d{5}-\d{3}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4} ?[A-Z]{2}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3} \d{2}|\d{4,6}";

    // Folded words that make a part a street even without a number; and endings of compound street names.
    private static readonly FrozenSet<string> StreetWords = new[]
    {
        "rue", "avenue", "av", "ave", "boulevard", "bd", "blvd", "place", "pl", "chemin", "allee", "quai", "impasse", "route", "cours",
        "square", "via", "viale", "piazza", "piazzale", "corso", "largo", "calle", "avenida", "plaza", "paseo", "carrer", "rua", "praca",
        "travessa", "estrada", "ulica", "ul", "aleja", "plac", "namesti", "trida", "utca", "strada", "calea", "rambla", "camino", "jalan",
        "street", "st", "road", "rd", "lane", "ln", "drive", "dr", "way", "court", "ct", "parkway", "pkwy", "highway", "hwy", "terrace",
        "crescent", "close", "row", "walk", "parade", "esplanade", "quay", "strasse", "straße", "str", "weg", "platz", "gasse", "allee",
        "straat", "laan", "plein", "gracht", "kade", "gatan", "gata", "vagen", "gade", "vej", "plads", "gate", "veien", "vei", "katu", "tie",
        "daero", "ro", "gil", "viaduto",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] StreetEndings =
    [
        "strasse", "straße", "str", "weg", "platz", "gasse", "allee", "ring", "damm", "ufer", "straat", "laan", "plein", "gracht",
        "gatan", "vagen", "gade", "vej", "pladsen", "plads", "gaten", "veien", "plassen", "katu", "tie", "kuja", "esplanadi", "daero", "quai",
    ];

    private static readonly FrozenDictionary<string, string> NativeCountries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["danmark"] = "DK", ["sverige"] = "SE", ["norge"] = "NO", ["noreg"] = "NO", ["suomi"] = "FI", ["polska"] = "PL",
        ["cesko"] = "CZ", ["ceska republika"] = "CZ", ["magyarorszag"] = "HU", ["ellada"] = "GR", ["hellas"] = "GR",
        ["romania"] = "RO", ["slovensko"] = "SK", ["slovenija"] = "SI", ["hrvatska"] = "HR", ["srbija"] = "RS", ["lietuva"] = "LT",
        ["latvija"] = "LV", ["eesti"] = "EE", ["belgien"] = "BE", ["luxemburg"] = "LU", ["letzebuerg"] = "LU", ["nippon"] = "JP",
        ["nihon"] = "JP", ["rossiya"] = "RU", ["ukraina"] = "UA", ["aotearoa"] = "NZ", ["helvetia"] = "CH", ["espanya"] = "ES",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The postal code in <paramref name="part"/> and what is left of the part around it, or null.</summary>
    public static (string Code, string Remainder)? FindPostal(string? country, string part)
    {
        var pattern = country is null ? AnyPostal : PostalFormats.Pattern(country) is { } known ? Searchable(known) : null;
        if (pattern is null)
        {
            return null;
        }

        var match = Regex.Match(part, $@"(?<![\p{{L}}\d-])(?:{pattern})(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        if (!match.Success)
        {
            return null;
        }

        var rest = (part[..match.Index] + " " + part[(match.Index + match.Length)..]).Trim();
        rest = string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return HasStreetWord(rest) ? null : (match.Value, rest);
    }

    /// <summary>"400 Broad St" → ("400", "Broad St"); "Friedrichstraße 43" → ("43", "Friedrichstraße"); no number → (null, part).</summary>
    public static (string? Number, string? Name) SplitStreet(string part)
    {
        if (NumberFirst().Match(part) is { Success: true } first)
        {
            return (first.Groups["number"].Value, first.Groups["street"].Value.Trim());
        }

        return NumberLast().Match(part) is { Success: true } last
            ? (last.Groups["number"].Value, last.Groups["street"].Value.Trim())
            : (null, part);
    }

    /// <summary>True for a part that is only a house number ("1", "3/5", "11-13", "12B").</summary>
    public static bool IsHouseNumber(string part) => HouseNumber().IsMatch(part);

    /// <summary>True for a state code as addresses write it: two or three capitals ("WA", "NSW").</summary>
    public static bool IsStateCode(string text) => StateCode().IsMatch(text);

    /// <summary>True when a word of <paramref name="part"/> names a kind of street, or ends like a compound street name.</summary>
    public static bool HasStreetWord(string part)
    {
        var words = TextFolding.Fold(part).Split([' ', '.', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => StreetWords.Contains(w) || w.Length > 6 && StreetEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)));
    }

    /// <summary>The ISO code of a country named in its own language ("Danmark", "Polska"), or null.</summary>
    public static string? NativeCountry(string text) => NativeCountries.GetValueOrDefault(CountryNames.Key(text));

    // An anchored canonical pattern made to find a code inside text: spaces optional, a leading "LV-"/"L-" optional.
    private static string Searchable(string pattern)
    {
        var inner = pattern.TrimStart('^').TrimEnd('$').Replace(" ", " ?", StringComparison.Ordinal);
        return LetterPrefix().Match(inner) is { Success: true } prefix ? $"(?:{prefix.Value})?{inner[prefix.Length..]}" : inner;
    }

    [GeneratedRegex(@"^(?<number>\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*(?:\s(?:bis|ter))?)\s+(?<street>(?:\d+(?:st|nd|rd|th)\b|\D).*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex NumberFirst();

    [GeneratedRegex(@"^(?<street>\D*\D)\s+(?<number>\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex NumberLast();

    [GeneratedRegex(@"^(\d+[A-Za-z]?(?:[-/]\d+)*|s/n)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@"^[A-Z]{2,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex StateCode();

    [GeneratedRegex(@"^[A-Z]+-", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex LetterPrefix();
}
