using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// Sentences about audio conferencing settings that the intent model spreads over unrelated intents (a number's languages
/// read as releasing it, an invite footer as the organisation profile, a provider as setting conferencing up): the words
/// alone say they change the conferencing bridge (or, as a question, show it), and "list the conferencing organizers"
/// lists the bridge's organizers. Read on folded text before the model's choice is acted on.
/// </summary>
internal static partial class ConferencingSentences
{
    /// <summary>The object intent on the conferencing bridge the sentence asks for, or null when it is about something else.</summary>
    public static IntentKind? Refine(string folded)
    {
        var words = " " + NotWord().Replace(folded, " ") + " ";
        if (ListsOrganizers().IsMatch(words) && !Setting().IsMatch(words))
        {
            return IntentKind.ListObjects;
        }

        // Looking for, buying or porting numbers is the numbers' business, even when they are for conferencing.
        if (Acquires().IsMatch(words)
            || (!Setting().IsMatch(words) && !(Languages().IsMatch(words) && (HasNumber().IsMatch(folded) || BridgeWords().IsMatch(words)))))
        {
            return null;
        }

        return folded.TrimEnd().EndsWith('?') ? IntentKind.ShowObject : IntentKind.ChangeObject;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}+]+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex NotWord();

    [GeneratedRegex(@"\s(?:search\w*|find|buy|order|acquire|purchase|port|cherche\w*|trouve\w*|achete\w*|commande\w*|acquier\w*|porte[rz]?)\s", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Acquires();

    [GeneratedRegex(@"\+?\d[\d \-().]{6,}\d", RegexOptions.CultureInvariant, 200)]
    private static partial Regex HasNumber();

    [GeneratedRegex(@"\s(?:conferenc\w*|audioconferenc\w*|bridge|pont|dial in|invites?|invitations?)\s", RegexOptions.CultureInvariant, 200)]
    private static partial Regex BridgeWords();

    [GeneratedRegex(@"\s(?:languages?|langues?)\s|\s(?:speaks?|speaking|parle|parlent|parler)\s", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Languages();

    [GeneratedRegex(@"\s(?:list|show|who|which|liste[rz]?|affiche[rz]?|montre[rz]?|quels?|qui)\s(?:\S+\s){0,4}?(?:organi[sz]ers?|organisateurs?)\s", RegexOptions.CultureInvariant, 200)]
    private static partial Regex ListsOrganizers();

    // Each alternative names a conferencing setting no other area uses.
    [GeneratedRegex(
        @"\s(?:invites?|invitations?)\s(?:\S+\s){0,6}?(?:footer|logo|help|aide|legal|legales?|juridiques?|mentions|pied|toll free|tollfree|gratuits?|frais|vert)\s"
        + @"|\s(?:footer|logo|help|aide|legal|legales?|juridiques?|mentions|pied|toll free|tollfree|gratuits?|frais|vert)\s(?:\S+\s){0,6}?(?:invites?|invitations?)\s"
        + @"|\s(?:entry|exit|entree|entrees|sortie|sorties|arrivees?|departs?)\s(?:\S+\s){0,3}?(?:announcements?|annonces?)\s"
        + @"|\s(?:announcements?|annonces?|announce|annoncer)\s(?:\S+\s){0,4}?(?:entry|exit|entree|entrees|sortie|sorties|joins?|leaves?|arrivees?|departs?|tones?|tonalites?|bips?|names|noms)\s"
        + @"|\s(?:record\w*|enregistr\w*)\s(?:\S+\s){0,3}?(?:names?|noms?)\s|\s(?:names?|noms?)\s(?:recording|enregistres?)\s"
        + @"|\s(?:providers?|fournisseurs?)\s(?:\S+\s){0,6}?(?:conferenc\w*|audioconferenc\w*|acp|microsoft)\s"
        + @"|\s(?:third party|tiers|conferenc\w*|audioconferenc\w*)\s(?:\S+\s){0,4}?(?:providers?|fournisseurs?)\s|\sacp\s"
        + @"|\s(?:mask\w*|unmask\w*|masqu\w*|demasqu\w*|hide|cache[rz]?)\s(?:\S+\s){0,6}?(?:callers?|appelants?|participants?|roster|dial in|pstn|rtc)\s"
        + @"|\s(?:pstn only|rtc seul\w*)\s|\s(?:without|sans)\s(?:the\s|l\s|leur\s|un\s)?(?:organi[sz]ers?|organisateur)\s"
        + @"|\s(?:e mails?|emails?|courriels?)\s(?:\S+\s){0,4}?(?:organi[sz]ers?|organisateurs?)\s"
        + @"|\s(?:toll|tollfree|toll free)\s(?:\S+\s){0,8}?(?:invites?|invitations?|organi[sz]ers?|organisateurs?)\s"
        + @"|\s(?:default|defaut)\s(?:toll|tollfree|toll free)\s"
        + @"|\s(?:move\w*|deplace\w*)\s(?:\S+\s){0,4}?(?:organi[sz]ers?|organisateurs?)\s",
        RegexOptions.CultureInvariant, 200)]
    private static partial Regex Setting();
}
