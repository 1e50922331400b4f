using System.Text;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Availability;

/// <summary>Folds a country name the way people type it into one lookup key.</summary>
internal static class CountryNames
{
    // A leading article is dropped so "the Netherlands", "les États-Unis" and "l'Italie" match too.
    private static readonly HashSet<string> Articles = ["the", "le", "la", "les", "l"];

    /// <summary>
    /// Lower case, accents removed, dots dropped (U.S.A. → usa), other punctuation as spaces,
    /// "&amp;" as "and", single spaces, no leading article: "États-Unis" and "etats unis" give the same key.
    /// </summary>
    public static string Key(string text)
    {
        var folded = TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(c => c != '.'))
        {
            builder.Append(c == '&' ? " and " : char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && Articles.Contains(words[0]))
        {
            words = words[1..];
        }

        return string.Join(' ', words);
    }
}
