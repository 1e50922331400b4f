using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// A sentence that asks to see something by its name alone: "show Alex Wilber", "details for Support", "who is Inès?",
/// « affiche Camille », « montre-moi Accueil », « qui est Lucas ? ». No kind word says what the name is, so only the
/// tenant's objects can: the router looks the name up when the intent model placed the sentence nowhere.
/// </summary>
internal static partial class ShowSentences
{
    /// <summary>The name the folded sentence asks to see; null when it is not such a sentence.</summary>
    public static string? NameIn(string folded)
    {
        var match = ShowsByName().Match(folded.Trim().TrimEnd('?', '.', '!', ' '));
        return match.Success ? match.Groups["name"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(?:please\s+|can you\s+|peux tu\s+|pourrais tu\s+)?(?:show(?:\s+me)?|display|open|view|look\s+up|tell\s+me\s+about|details?\s+(?:of|for|on|about)|info(?:rmation)?\s+(?:on|about)|who\s+is|who's|what\s+is|what's|affiche[rz]?(?:\s+moi)?|montre[rz]?(?:\s+moi)?|ouvre[rz]?|voir|details?\s+(?:de|du|des|sur)|infos?\s+sur|parle\s+moi\s+de|qui\s+est|c'est\s+qui|qu'est\s+ce\s+que)\s+(?<name>\S.{0,120})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ShowsByName();
}
