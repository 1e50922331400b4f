using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// One message prepared for recognition. <see cref="Text"/> keeps the user's case and accents (names,
/// addresses, models); <see cref="Folded"/> is the same text lower-cased, without accents and with
/// hyphens as spaces, character for character, so an index found in one is valid in the other.
/// </summary>
internal sealed partial record RecognitionInput(string Text, string Folded, string Language, string DefaultRegion)
{
    /// <summary>The Recognizers culture of the message's language.</summary>
    public string Culture => Language == "fr" ? Microsoft.Recognizers.Text.Culture.French : Microsoft.Recognizers.Text.Culture.English;

    /// <summary>
    /// True when the message asks rather than tells: it ends with a question mark, or opens with a question word
    /// ("which", "how many", "quels", "combien", "est-ce que").
    /// </summary>
    public bool IsQuestion => Folded.TrimEnd().EndsWith('?') || QuestionStart().IsMatch(Folded);

    /// <summary>Caps, drops the leading @mention of the bot, keeps later mentions' names, and folds.</summary>
    public static RecognitionInput Create(string text, string language, string? locale, int maxLength)
    {
        var capped = text.Length > maxLength ? text[..maxLength] : text;
        var withoutBot = LeadingMentions().Replace(capped, " ");
        var withNames = Mention().Replace(withoutBot, m => m.Groups[1].Value);
        var clean = Spaces().Replace(withNames.Replace('’', '\'').Replace('‘', '\''), " ").Trim();
        return new RecognitionInput(clean, Fold(clean), language, DefaultRegionOf(locale, language));
    }

    /// <summary>
    /// Lower case without accents, one character for one (œ and ß stay as they are). Surrogates (emoji, and the lone
    /// halves anyone can send) stay as they are: normalizing half a pair alone throws.
    /// </summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var baseChar = c < 128 || char.IsSurrogate(c) ? c : c.ToString().Normalize(NormalizationForm.FormD)[0];
            builder.Append(baseChar is '-' or '–' ? ' ' : char.ToLowerInvariant(baseChar));
        }

        return builder.ToString();
    }

    // National numbers need a region: the locale's, else the language's usual one.
    private static string DefaultRegionOf(string? locale, string language)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(locale) && locale.Contains('-'))
            {
                return new RegionInfo(new CultureInfo(locale).Name).TwoLetterISORegionName;
            }
        }
        catch (ArgumentException)
        {
            // An unknown locale falls back to the language.
        }

        return language == "fr" ? "FR" : "US";
    }

    [GeneratedRegex(@"^(\s*<at>.*?</at>)+", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex LeadingMentions();

    [GeneratedRegex(@"<at>(.*?)</at>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex Mention();

    [GeneratedRegex(@"^\s*(what|which|who|whose|where|when|how|is|are|do|does|quel\w*|qui|que|quoi|ou|quand|comment|combien|est ce qu)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Spaces();
}
