using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// Two readings the model cannot be trusted with once a sentence carries a whole call flow: a sentence that begins by
/// creating an auto attendant ("create an auto attendant Main line …, press 1 for Sales …", « crée un standard
/// automatique … ») creates one however long it goes on, and a change that speaks of menu keys ("change the menu of Main
/// line: press 3 for the Support queue") changes an auto attendant even when it names a queue as a key's target.
/// </summary>
internal static partial class AttendantSentences
{
    /// <summary>True when the folded sentence starts by asking to create an auto attendant.</summary>
    public static bool CreatesOne(string folded) => Creation().IsMatch(folded);

    /// <summary>True when the folded sentence starts by asking to change a menu ("change the menu of …", « modifie le menu du … »).</summary>
    public static bool ChangesAMenuOutright(string folded) => MenuChange().IsMatch(folded);

    /// <summary>True when a change speaks of an attendant's menu keys.</summary>
    public static bool ChangesAMenu(IntentKind kind, string folded) =>
        kind == IntentKind.ChangeObject && MenuWords().IsMatch(folded);

    [GeneratedRegex(@"^\s*(?:(?:please|merci de|peux[ -]tu|pouvez[ -]vous|can you|could you)\s+)?(?:create|add|set up|setup|make|build|cree|creer|creez|ajoute|ajouter|ajoutez|configure|configurer|configurez|mets en place|mettre en place)\s+(?:(?:an?|un|le|the|new|nouveau|nouvel)\s+)*(?:auto[ -]?attendant|standard automatique|standard vocal)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Creation();

    [GeneratedRegex(@"^\s*(?:(?:please|merci de|peux[ -]tu|pouvez[ -]vous|can you|could you)\s+)?(?:change|edit|modify|update|set|rebuild|modifie|modifier|modifiez|change|changer|changez|mets a jour|mettre a jour|refais|refaire)\s+(?:the |le |la |les )?menus?\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex MenuChange();

    [GeneratedRegex(@"\b(?:menu|menus|(?:press|touche|appuyez sur|appuyer sur|tapez)\s+\d|dial by (?:name|extension)|after[ -]hours|en dehors des (?:heures|horaires)|hors (?:des )?horaires)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex MenuWords();
}
