using System.Text.RegularExpressions;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// Picks English or French for one message from its words (function words, phrases ChatPhone
/// understands, French accents); the activity locale breaks ties, including for empty text.
/// </summary>
public static partial class LanguageDetector
{
    private static readonly HashSet<string> French = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "un", "une", "des", "du", "de", "est", "et", "mon", "ma", "mes", "quel", "quelle",
        "quels", "numéro", "numero", "numéros", "aide", "annuler", "annule", "je", "ne", "pas", "trouve",
        "trouver", "bonjour", "merci", "oui", "non", "à", "pour", "avec", "sur", "dans", "qui", "que", "quoi",
        "configurer", "téléphone", "adresse", "règle", "appels", "peux", "veux", "arrête", "salut", "laisse",
        "tomber", "il", "elle", "nous", "vous", "fait", "faire", "quand", "comment", "pourquoi", "sais", "sont",
        "attribue", "achète", "achete", "crée", "cree", "ajoute", "forfaits", "forfait", "disponibles", "transférer",
        "libère", "retire", "file", "attente", "férié", "longueur", "crédits", "solde", "hier", "combien", "liste",
        "affiche", "tous", "au", "aux", "en", "lundi", "vendredi", "adresses", "urgence", "nos", "numéros", "trois",
        "ouverts", "canal", "licences", "appeler", "réunion", "reçois", "vérifie", "utilise", "apparaît", "sonne", "joindre", "ligne",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "is", "and", "my", "what", "what's", "whats", "number", "numbers", "help", "cancel",
        "i", "can't", "cant", "not", "find", "hello", "hi", "thanks", "yes", "no", "to", "for", "with", "on",
        "in", "who", "which", "setup", "set", "phone", "address", "calls", "can", "want", "stop", "show",
        "quit", "never", "mind", "you", "do", "does", "how", "why", "when", "where", "please",
        "buy", "assign", "give", "create", "add", "port", "release", "list", "get", "search", "queue", "holiday",
        "licenses", "available", "yesterday", "changed", "of", "from", "all", "our", "start", "open", "emergency",
        "toll", "free", "length", "balance", "three", "called", "named", "remove", "unassign", "monday", "friday",
        "channel", "meeting", "receive", "check", "don't", "doesn't", "dial", "ring", "licenses",
    };

    /// <summary>The language of <paramref name="text"/>, with <paramref name="locale"/> as tie-break.</summary>
    public static Language Detect(string? text, string? locale)
    {
        var fallback = LanguageExtensions.FromLocale(locale);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        int french = 0, english = 0;
        foreach (Match word in Words().Matches(text.Length > 500 ? text[..500] : text))
        {
            var token = word.Value.Replace('’', '\'');
            if (French.Contains(token))
            {
                french++;
            }

            if (English.Contains(token))
            {
                english++;
            }

            if (token.Any(c => "éèêëàâîïôûùçœ".Contains(char.ToLowerInvariant(c))))
            {
                french++;
            }
        }

        return french == english ? fallback : french > english ? Language.French : Language.English;
    }

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Words();
}
