using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// The directory's people as objects: "list the people", "show all users", "who is in the directory?", « liste les
/// personnes de l’annuaire », « qui est dans l’annuaire ? » list them; "show the user Alex Wilber", « affiche
/// l’utilisateur Inès » shows one. Read from the folded words before the model, and only when the whole sentence is that
/// (so "list users with their phone numbers" stays a number list).
/// </summary>
internal static partial class PeopleSentences
{
    /// <summary>List or show of people, when the folded sentence is one; null otherwise.</summary>
    public static IntentKind? Refine(string folded)
    {
        var sentence = folded.Trim().TrimEnd('?', '.', '!', ' ');
        return ListsThem().IsMatch(sentence) || WhoIsIn().IsMatch(sentence) ? IntentKind.ListObjects
            : ShowsOne().IsMatch(sentence) ? IntentKind.ShowObject
            : null;
    }

    [GeneratedRegex(@"^(?:please\s+|peux tu\s+|can you\s+)?(?:list|show|display|see|give me|liste[rz]?|affiche[rz]?|montre[rz]?(?:\s+moi)?|voir|donne(?:\s+moi)?)\s+(?:me\s+)?(?:all\s+|tous\s+|toutes\s+)?(?:the\s+|les\s+|our\s+|nos\s+|mes\s+|l')?(?:(?:people|persons|users|staff|employees|utilisateurs|personnes|employes|collaborateurs|membres)(?:\s+(?:in|of|from|de|du|dans)\s+(?:the\s+|our\s+|l'|notre\s+)?(?:directory|annuaire))?|directory|annuaire)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListsThem();

    [GeneratedRegex(@"^(?:who(?:'s|\s+is|\s+are)|qui\s+(?:est|sont|figure|figurent))\s+(?:in|dans)\s+(?:the\s+|our\s+|l'|notre\s+)?(?:directory|annuaire)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex WhoIsIn();

    [GeneratedRegex(@"^(?:show|display|affiche[rz]?|montre[rz]?(?:\s+moi)?)\s+(?:me\s+)?(?:the\s+|la\s+|le\s+|l')?(?:person|user|utilisateur|utilisatrice|personne)\s+\S", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ShowsOne();
}
