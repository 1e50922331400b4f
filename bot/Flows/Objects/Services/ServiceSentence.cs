using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// The pieces of a sentence the bridge, credits, ticket and helpdesk channel handlers read, in English and French: a new
/// name ("rename the bridge to Contoso Meetings", "renomme le pont en Réunions"), phone numbers, amounts after a word
/// ("at 50", "seuil à 20"), and whether the sentence turns something off.
/// </summary>
internal static partial class ServiceSentence
{
    /// <summary>The new name a rename sentence gives, or null.</summary>
    public static string? NewName(string text)
    {
        var match = Rename().Match(text);
        return match.Success && match.Groups["name"].Value.Trim().Trim('"', '“', '”', '«', '»', '\'', '’', '.', '!', '?').Trim() is { Length: > 0 } name ? name : null;
    }

    /// <summary>Every phone number in <paramref name="text"/>, as E.164, in the order typed.</summary>
    public static IReadOnlyList<string> Numbers(string text) =>
        PhoneNumber().Matches(text)
            .Select(m => "+" + new string(m.Value.Where(char.IsAsciiDigit).ToArray()))
            .Select(n => E164Number.TryParse(n))
            .Where(n => n.IsSuccess)
            .Select(n => n.Value.Value)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>True when the folded sentence holds one of <paramref name="words"/> as whole words.</summary>
    public static bool Has(string text, params string[] words)
    {
        var folded = " " + Words(text) + " ";
        return words.Any(w => folded.Contains(" " + Words(w) + " ", StringComparison.Ordinal));
    }

    /// <summary>True when the sentence turns something off ("turn off", "disable", "désactive", "arrête").</summary>
    public static bool TurnsOff(string text) =>
        Has(text, "off", "disable", "disabled", "stop", "no longer", "deactivate", "desactive", "desactiver", "desactivez", "coupe", "couper", "arrete", "arreter", "eteins", "plus de");

    /// <summary>True when the sentence turns something on ("turn on", "enable", "active").</summary>
    public static bool TurnsOn(string text) =>
        Has(text, "on", "enable", "enabled", "activate", "active", "activer", "activez", "allume", "remets");

    /// <summary>The first amount right after one of <paramref name="words"/> (a few words may sit between), or null.</summary>
    public static decimal? AmountAfter(string text, params string[] words)
    {
        var folded = Words(text);
        foreach (var word in words)
        {
            var match = Regex.Match(
                " " + folded + " ",
                $@"\s{Regex.Escape(Words(word))}\s(?:[^\d\s]+\s){{0,4}}?(?<n>\d+(?:[.,]\d{{1,2}})?)\s",
                RegexOptions.CultureInvariant,
                TimeSpan.FromMilliseconds(200));
            if (match.Success && decimal.TryParse(match.Groups["n"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                return amount;
            }
        }

        return null;
    }

    /// <summary>Lower case, no accents, punctuation (but decimal points and commas between digits) as spaces, single spaces.</summary>
    public static string Words(string text)
    {
        var folded = TextFolding.Fold(text);
        var chars = folded.Select((c, i) => char.IsLetterOrDigit(c) || ((c == '.' || c == ',') && i > 0 && i + 1 < folded.Length && char.IsAsciiDigit(folded[i - 1]) && char.IsAsciiDigit(folded[i + 1])) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\b(?:rename\w*|renomm\w*|change the name of|change le nom d\w*|call it|appelle[rz]?)\b.*?\s(?:to|into|as|en|:)\s+(?<name>[^,;]+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Rename();

    [GeneratedRegex(@"\+?\d[\d \-().]{6,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PhoneNumber();
}
