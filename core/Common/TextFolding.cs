using System.Globalization;
using System.Text;

namespace ChatPhone.Core.Common;

/// <summary>How ChatPhone compares what people type: trimmed, lower-case, accents removed ("Chloé" = "chloe").</summary>
public static class TextFolding
{
    /// <summary>
    /// The folded form of <paramref name="text"/>; punctuation and spacing are left to the caller. A lone surrogate
    /// (half an emoji, cut or sent alone) becomes U+FFFD rather than making normalization throw.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = WellFormed(text.Trim().ToLowerInvariant()).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary><paramref name="text"/> with every unpaired surrogate replaced by U+FFFD (the same length).</summary>
    public static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
