using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatPhone.Core.Emergency.Validation;

/// <summary>
/// Rewrites street parts the way the emergency services expect them, reporting each rewrite:
/// ordinal street names ("1 St" → "1st Street", "3 Rd" → "3rd Road", "first street" → "1st Street", "2 Ave" → "2nd Ave"),
/// casing of shouted or lower-case words ("MAIN st" → "Main St"), street suffix variants ("Str." → "St")
/// and spelled-out directionals ("north" → "N").
/// </summary>
internal static partial class StreetNormaliser
{
    /// <summary>The ordinal suffix of <paramref name="n"/> (1st, 2nd, 3rd, 4th, 11th, 21st…).</summary>
    public static string OrdinalSuffix(long n) =>
        (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

    /// <summary>Normalises the street name and suffix of an address in <paramref name="country"/>.</summary>
    public static (string? Name, string? Suffix) Street(string country, string? name, string? suffix, ICollection<AddressNote> notes)
    {
        if (name is null && suffix is null)
        {
            return (name, suffix);
        }

        if (EnglishStreetCountries.Contains(country))
        {
            (name, suffix) = Report(Ordinals(name, suffix), name, suffix, "emergency.correction.ordinal_street", notes);
        }

        (name, suffix) = Report((Casing(name), Casing(suffix)), name, suffix, "emergency.correction.casing", notes);
        return Report(Suffix(name, suffix), name, suffix, "emergency.correction.street_suffix", notes);
    }

    /// <summary>Abbreviates a directional ("north east" → "NE"); unknown text is left alone.</summary>
    public static string? Directional(string? text, ICollection<AddressNote> notes)
    {
        if (text is null)
        {
            return null;
        }

        var key = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!Directionals.TryGetValue(key, out var abbreviation) || abbreviation == text)
        {
            return text;
        }

        notes.Add(AddressNote.Of("emergency.correction.directional", text, abbreviation));
        return abbreviation;
    }

    /// <summary>Title-cases words typed all upper or all lower case; mixed-case words (McDonald) are left alone.</summary>
    public static string? Casing(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Word(words[i], first: i == 0);
        }

        return string.Join(' ', words);
    }

    private static string Word(string word, bool first)
    {
        if (OrdinalToken().IsMatch(word))
        {
            return word.ToLowerInvariant();
        }

        var letters = word.Where(char.IsLetter).ToArray();
        if (letters.Length == 0 || word.Any(char.IsDigit) || Directionals.ContainsKey(word) && word.Length <= 2 && word.All(char.IsUpper))
        {
            return word;
        }

        var allUpper = letters.All(char.IsUpper);
        var allLower = letters.All(char.IsLower);
        if (!allUpper && !allLower)
        {
            return word;
        }

        if (!first && Particles.Contains(word))
        {
            return word.ToLowerInvariant();
        }

        return string.Join('-', word.ToLowerInvariant().Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static (string? Name, string? Suffix) Ordinals(string? name, string? suffix)
    {
        if (name is null)
        {
            return (name, suffix);
        }

        var tokens = name.Split(' ').ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var spelled = Array.FindIndex(SpelledOrdinals, o => o.Equals(tokens[i], StringComparison.OrdinalIgnoreCase));
            if (spelled >= 0)
            {
                tokens[i] = (spelled + 1).ToString(CultureInfo.InvariantCulture) + OrdinalSuffix(spelled + 1);
                continue;
            }

            if (OrdinalToken().Match(tokens[i]) is { Success: true } ordinal)
            {
                var n = long.Parse(ordinal.Groups[1].Value, CultureInfo.InvariantCulture);
                if (!ordinal.Groups[2].Value.Equals(OrdinalSuffix(n), StringComparison.OrdinalIgnoreCase))
                {
                    tokens[i] = ordinal.Groups[1].Value + OrdinalSuffix(n);
                }

                continue;
            }

            // Only a leading number names a numbered street: "Highway 101" stays as it is.
            if (i > 0 || !long.TryParse(tokens[i], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var expected = OrdinalSuffix(number);
            var last = i == tokens.Count - 1;
            var next = last ? suffix : tokens[i + 1];
            tokens[i] += expected;
            if (next is null || !next.Equals(expected, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "1 St", "3 Rd": the ordinal written apart doubles as a street type (St, Rd), so the street type is spelled out.
            var streetType = expected.ToLowerInvariant() switch { "st" => "Street", "rd" => "Road", _ => null };
            if (last)
            {
                suffix = streetType;
            }
            else
            {
                tokens.RemoveAt(i + 1);
                if (streetType is not null && i == tokens.Count - 1 && suffix is null)
                {
                    tokens.Add(streetType);
                }
            }
        }

        return (string.Join(' ', tokens), suffix);
    }

    private static (string? Name, string? Suffix) Suffix(string? name, string? suffix)
    {
        if (suffix is not null)
        {
            return (name, Standard(suffix));
        }

        if (name is null || name.Split(' ') is not { Length: > 1 } tokens)
        {
            return (name, suffix);
        }

        tokens[^1] = Standard(tokens[^1]);
        return (string.Join(' ', tokens), suffix);
    }

    private static string Standard(string word)
    {
        var bare = word.TrimEnd('.');
        if (Suffixes.TryGetValue(bare, out var standard))
        {
            return standard;
        }

        return StandardSuffixes.TryGetValue(bare, out var known) ? known : word;
    }

    private static (string? Name, string? Suffix) Report((string? Name, string? Suffix) next, string? name, string? suffix, string code, ICollection<AddressNote> notes)
    {
        if (next.Name != name || next.Suffix != suffix)
        {
            notes.Add(AddressNote.Of(code, Join(name, suffix), Join(next.Name, next.Suffix)));
        }

        return next;
    }

    private static string Join(string? name, string? suffix) => string.Join(' ', new[] { name, suffix }.Where(p => p is not null));

    [GeneratedRegex("^(\\d+)(st|nd|rd|th)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalToken();
}
