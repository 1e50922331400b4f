using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatPhone.Core.Common;

/// <summary>
/// French typography applied where a value is inserted into a sentence: elision before a vowel or a mute h
/// ("de Alex" → "d’Alex", "que Inès" → "qu’Inès", "le Ouest" → "l’Ouest"), contraction of "à le"/"à les"/"de le"/"de les"
/// into "au"/"aux"/"du"/"des", and "1er" for the first day of a month.
/// </summary>
public static partial class FrenchText
{
    private const string Apostrophe = "’";

    /// <summary>True when <paramref name="culture"/> is French (any region).</summary>
    public static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";

    /// <summary>
    /// Formats a resource template: like <see cref="string.Format(IFormatProvider, string, object[])"/>, but each inserted
    /// value is joined to the word before it with French elision and contraction, and "1 janvier" reads "1er janvier".
    /// </summary>
    public static string Format(CultureInfo culture, string template, object?[] args)
    {
        if (template.Contains("{{", StringComparison.Ordinal) || template.Contains("}}", StringComparison.Ordinal))
        {
            return FirstOfMonth(string.Format(culture, template, args));
        }

        var text = new StringBuilder(template.Length + 32);
        var last = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            text.Append(template, last, placeholder.Index - last);
            var index = int.Parse(placeholder.Groups[1].Value, CultureInfo.InvariantCulture);
            if (index >= args.Length)
            {
                throw new FormatException($"Placeholder {{{index}}} has no argument in: {template}");
            }

            Append(text, string.Format(culture, "{0" + placeholder.Groups[2].Value + "}", args[index]));
            last = placeholder.Index + placeholder.Length;
        }

        text.Append(template, last, template.Length - last);
        return FirstOfMonth(text.ToString());
    }

    /// <summary>Appends <paramref name="value"/> to <paramref name="text"/>, eliding or contracting the word before it.</summary>
    public static void Append(StringBuilder text, string value)
    {
        var before = WordBefore().Match(text.ToString());
        if (before.Success && value.Length > 0)
        {
            var word = before.Groups[1].Value;
            var lower = word.ToLowerInvariant();
            var contracted = Contract(lower, value);
            if (contracted is not null)
            {
                text.Length -= word.Length + 1;
                text.Append(MatchCase(word, contracted.Value.Article)).Append(' ').Append(value, contracted.Value.Skip, value.Length - contracted.Value.Skip);
                return;
            }

            if (lower is "de" or "que" or "le" or "la" or "jusque" or "lorsque" or "puisque" && StartsWithVowelSound(value))
            {
                text.Length -= 2; // the last letter "e"/"a" and the space
                text.Append(Apostrophe).Append(value);
                return;
            }
        }

        text.Append(value);
    }

    /// <summary>"de Alex" → "d’Alex": <paramref name="word"/> (de, que, le, la) followed by <paramref name="value"/>, elided when needed.</summary>
    public static string Join(string word, string value)
    {
        var text = new StringBuilder(word).Append(' ');
        Append(text, value);
        return text.ToString();
    }

    /// <summary>"le 1 janvier" → "le 1er janvier": the first day of a month written as French does.</summary>
    public static string FirstOfMonth(string text) => FirstDay().Replace(text, "${1}1er ${2}");

    /// <summary>True when a French article or "de" before <paramref name="value"/> elides (vowel or mute h).</summary>
    public static bool StartsWithVowelSound(string value)
    {
        var first = value.FirstOrDefault();
        return char.IsLetter(first) && "aàâäeéèêëiîïoôöuùûüyœæh".Contains(char.ToLowerInvariant(first), StringComparison.Ordinal);
    }

    private static (string Article, int Skip)? Contract(string word, string value) =>
        (word, value) switch
        {
            ("à", _) when value.StartsWith("le ", StringComparison.OrdinalIgnoreCase) => ("au", 3),
            ("à", _) when value.StartsWith("les ", StringComparison.OrdinalIgnoreCase) => ("aux", 4),
            ("de", _) when value.StartsWith("le ", StringComparison.OrdinalIgnoreCase) => ("du", 3),
            ("de", _) when value.StartsWith("les ", StringComparison.OrdinalIgnoreCase) => ("des", 4),
            _ => null,
        };

    private static string MatchCase(string original, string replacement) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;

    [GeneratedRegex(@"\{(\d+)((?:,-?\d+)?(?::[^}]*)?)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:^|(?<=[\s(«“]))(de|De|que|Que|le|Le|la|La|à|À|jusque|lorsque|puisque) $")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"(^|[^\d])1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b")]
    private static partial Regex FirstDay();
}
