using System.Globalization;
using System.Text;

namespace ChatPhone.Core.Common;

/// <summary>How ChatPhone compares what people type: trimmed, lower-case, accents removed ("Chloé" = "chloe").</summary>
public static class TextFolding
{
    /// <summary>The folded form of <paramref name="text"/>; punctuation and spacing are left to the caller.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
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
}
