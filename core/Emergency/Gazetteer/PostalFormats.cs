using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ChatPhone.Core.Emergency.Gazetteer;

/// <summary>
/// The postal code format of every country step 1 offers: the pattern a code must match once written the country's
/// usual way (<see cref="Canonical"/>), and whether addresses there have one at all (Hong Kong, the Emirates, Qatar… do not).
/// </summary>
public static class PostalFormats
{
    // Layouts: 9 is a digit, A a letter, anything else is written as is; a compact code of the layout's length is laid out.
    private static readonly FrozenDictionary<string, (string Pattern, string? Layout)> Formats = new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
    {
        ["AR"] = (@"^([A-Z]\d{4}[A-Z]{3}|\d{4})$", null), ["AU"] = (@"^\d{4}$", null), ["AT"] = (@"^\d{4}$", null),
        ["BH"] = (@"^\d{3,4}$", null), ["BY"] = (@"^\d{6}$", null), ["BE"] = (@"^\d{4}$", null), ["BA"] = (@"^\d{5}$", null),
        ["BR"] = (@"^\d{5}-\d{3}$", "99999-999"), ["BN"] = (@"^[A-Z]{2}\d{4}$", null), ["BG"] = (@"^\d{4}$", null),
        ["CA"] = (@"^[A-Z]\d[A-Z] \d[A-Z]\d$", "A9A 9A9"), ["CL"] = (@"^\d{7}$", null), ["CN"] = (@"^\d{6}$", null),
        ["CO"] = (@"^\d{6}$", null), ["CR"] = (@"^\d{5}$", null), ["HR"] = (@"^\d{5}$", null), ["CY"] = (@"^\d{4}$", null),
        ["CZ"] = (@"^\d{3} \d{2}$", "999 99"), ["DK"] = (@"^\d{4}$", null), ["DO"] = (@"^\d{5}$", null), ["EC"] = (@"^\d{6}$", null),
        ["EG"] = (@"^\d{5}$", null), ["SV"] = (@"^\d{4}$", null), ["EE"] = (@"^\d{5}$", null), ["FI"] = (@"^\d{5}$", null),
        ["FR"] = (@"^\d{5}$", null), ["GE"] = (@"^\d{4}$", null), ["DE"] = (@"^\d{5}$", null), ["GR"] = (@"^\d{3} \d{2}$", "999 99"),
        ["HN"] = (@"^\d{5}$", null), ["HU"] = (@"^\d{4}$", null), ["IN"] = (@"^\d{6}$", null), ["ID"] = (@"^\d{5}$", null),
        ["IE"] = (@"^[A-Z]\d[\dW] [\dA-Z]{4}$", "A99 AAAA"), ["IL"] = (@"^\d{7}$", null), ["IT"] = (@"^\d{5}$", null),
        ["JP"] = (@"^\d{3}-\d{4}$", "999-9999"), ["JO"] = (@"^\d{5}$", null), ["KE"] = (@"^\d{5}$", null),
        ["LV"] = (@"^LV-\d{4}$", "LV-9999"), ["LT"] = (@"^LT-\d{5}$", "LT-99999"), ["LU"] = (@"^L-\d{4}$", "L-9999"),
        ["MK"] = (@"^\d{4}$", null), ["MY"] = (@"^\d{5}$", null), ["MT"] = (@"^[A-Z]{3} \d{4}$", "AAA 9999"), ["MX"] = (@"^\d{5}$", null),
        ["MD"] = (@"^MD-\d{4}$", "MD-9999"), ["MC"] = (@"^980\d{2}$", null), ["NL"] = (@"^\d{4} [A-Z]{2}$", "9999 AA"),
        ["NZ"] = (@"^\d{4}$", null), ["NO"] = (@"^\d{4}$", null), ["PK"] = (@"^\d{5}$", null), ["PA"] = (@"^\d{4}$", null),
        ["PY"] = (@"^(\d{4}|\d{6})$", null), ["PE"] = (@"^\d{5}$", null), ["PH"] = (@"^\d{4}$", null), ["PL"] = (@"^\d{2}-\d{3}$", "99-999"),
        ["PT"] = (@"^\d{4}-\d{3}$", "9999-999"), ["PR"] = (@"^00\d{3}(-\d{4})?$", null), ["RO"] = (@"^\d{6}$", null),
        ["RU"] = (@"^\d{6}$", null), ["SA"] = (@"^\d{5}(-\d{4})?$", null), ["RS"] = (@"^\d{5}$", null), ["SG"] = (@"^\d{6}$", null),
        ["SK"] = (@"^\d{3} \d{2}$", "999 99"), ["SI"] = (@"^\d{4}$", null), ["ZA"] = (@"^\d{4}$", null), ["KR"] = (@"^\d{5}$", null),
        ["ES"] = (@"^\d{5}$", null), ["LK"] = (@"^\d{5}$", null), ["SE"] = (@"^\d{3} \d{2}$", "999 99"), ["CH"] = (@"^\d{4}$", null),
        ["TW"] = (@"^\d{3}(\d{2,3})?$", null), ["TH"] = (@"^\d{5}$", null), ["TT"] = (@"^\d{6}$", null), ["TR"] = (@"^\d{5}$", null),
        ["UA"] = (@"^\d{5}$", null), ["GB"] = (@"^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$", null), ["US"] = (@"^\d{5}(-\d{4})?$", null),
        ["UY"] = (@"^\d{5}$", null), ["VE"] = (@"^\d{4}$", null), ["VN"] = (@"^\d{5,6}$", null), ["CU"] = (@"^\d{5}$", null),
        ["IR"] = (@"^\d{5}-\d{5}$", "99999-99999"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Addresses there have no postal code at all.
    private static readonly FrozenSet<string> WithoutCodes = new[] { "HK", "AE", "QA", "BZ", "KP", "SY" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="country"/> has a known format or is known to have no postal codes.</summary>
    public static bool Knows(string country) => Formats.ContainsKey(country.ToUpperInvariant()) || WithoutCodes.Contains(country.ToUpperInvariant());

    /// <summary>True when addresses of <paramref name="country"/> need a postal code (false where there are none, and in Ireland, where the Eircode is optional).</summary>
    public static bool Required(string country) =>
        !WithoutCodes.Contains(country.ToUpperInvariant()) && !country.Equals("IE", StringComparison.OrdinalIgnoreCase);

    /// <summary>The pattern a canonical code of <paramref name="country"/> matches, or null when the country has none or is unknown.</summary>
    public static string? Pattern(string country) => Formats.TryGetValue(country.ToUpperInvariant(), out var format) ? format.Pattern : null;

    /// <summary>True when <paramref name="code"/>, written the country's way, has the country's format (true when the format is unknown).</summary>
    public static bool IsValid(string country, string code) =>
        Pattern(country) is not { } pattern || Regex.IsMatch(Canonical(country, code), pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// <paramref name="code"/> written the country's usual way: upper case, then laid out when typed compact
    /// ("11000" → "110 00" in Czechia, "1011pn" → "1011 PN", "00950" → "00-950", "1648" → "L-1648").
    /// </summary>
    public static string Canonical(string country, string code)
    {
        var upper = code.Trim().ToUpperInvariant();
        if (!Formats.TryGetValue(country.ToUpperInvariant(), out var format) || format.Layout is not { } layout)
        {
            return upper;
        }

        var fixedPart = new string(layout.TakeWhile(c => c is not ('9' or 'A')).ToArray());
        var compact = new string(upper.Where(char.IsLetterOrDigit).ToArray());
        var letters = new string(fixedPart.Where(char.IsLetter).ToArray());
        if (letters.Length > 0 && compact.StartsWith(letters, StringComparison.Ordinal) && compact.Length > letters.Length && char.IsDigit(compact[letters.Length]))
        {
            compact = compact[letters.Length..];
        }

        var slots = layout[fixedPart.Length..];
        if (compact.Length != slots.Count(c => c is '9' or 'A'))
        {
            return upper;
        }

        var written = new System.Text.StringBuilder(fixedPart);
        var next = 0;
        foreach (var c in slots)
        {
            written.Append(c is '9' or 'A' ? compact[next++] : c);
        }

        return written.ToString();
    }
}
