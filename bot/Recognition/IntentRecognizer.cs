using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// Resolves a message to an <see cref="Intent"/> with English and French phrase patterns. Input is
/// capped and every pattern has a match timeout, so no message can stall a turn.
/// </summary>
public sealed partial class IntentRecognizer
{
    /// <summary>Longest text read; the rest is ignored.</summary>
    public const int MaxInputLength = 2000;

    /// <summary>The intent of <paramref name="text"/>; <paramref name="locale"/> breaks language ties.</summary>
    public Intent Recognize(string? text, string? locale)
    {
        var language = LanguageDetector.Detect(text, locale) == Language.French ? "fr" : "en";
        if (string.IsNullOrWhiteSpace(text))
        {
            return Intent.Of(IntentKind.None, language);
        }

        var normalized = Normalize(text.Length > MaxInputLength ? text[..MaxInputLength] : text);
        var kind = normalized switch
        {
            _ when Cancel().IsMatch(normalized) => IntentKind.Cancel,
            _ when Help().IsMatch(normalized) => IntentKind.Help,
            _ when MyNumber().IsMatch(normalized) => IntentKind.MyNumber,
            _ => IntentKind.None,
        };
        return Intent.Of(kind, language);
    }

    /// <summary>Strips @mentions, accents, curly apostrophes and extra spaces; lower-cases.</summary>
    internal static string Normalize(string text)
    {
        var withoutMentions = Mention().Replace(text, " ");
        var decomposed = withoutMentions.Replace('’', '\'').ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            builder.Append(c);
        }

        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"<at>.*?</at>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(cancel|stop|quit|never ?mind|annuler|annule|arrete|laisse tomber|abandonner?)\b[\s.!]*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^(help|aide|menu|\?|what can (you|i) do|que (peux|sais)[- ]tu faire|qu'est-ce que (tu peux|je peux) faire|au secours)\b?[\s.!?]*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Help();

    [GeneratedRegex(@"\b(what('s| is| are)? my (phone |telephone )?numbers?|my (phone |telephone )?numbers?|(quel|quels) (est|sont) mon|(quel|quels) (est|sont) mes|mon numero|mes numeros|numero de telephone)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex MyNumber();
}
