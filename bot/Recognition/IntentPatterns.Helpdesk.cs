using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// The phrases of self-service, triage and tickets. A problem is told, not ordered: it needs words of trouble
/// (a negation, "broken", "problème") and words of calling, and must not open with an admin's command verb, so
/// "create a call queue, forward when nobody answers" stays a command.
/// </summary>
internal static partial class IntentPatterns
{
    /// <summary>Words that say something is wrong (folded, EN and FR).</summary>
    internal const string Trouble =
        @"(\b(can't|cant|cannot|can not|couldn't|couldnt|could not|unable|not able|don't|dont|doesn't|doesnt|do not|does not|didn't|didnt|did not|won't|wont|will not|isn't|isnt|aren't|arent|is not|are not|wasn't|weren't|no longer|never|nobody|no one|stopped|fail\w*|broken|not working|problems?|issues?|trouble|wrong|missing|disappeared|gone)\b|\bno (dial ?in|dial tone|phone|numbers?|calls?|ringing|sound)\b|\b(i'm|im|i am|we're|we are) not\b|\bnot (getting|receiving|ringing|showing|appearing|going)\b"
        + @"|(\bne\b|\bn')[^.!?]{0,60}?\b(pas|plus|jamais|personne|rien|aucune?)\b|\b(personne ne|impossible|n'arrive|en panne|problemes?|soucis?|disparu|manque|faux|fausse|incorrecte?s?|errone\w*)\b)";

    /// <summary>Words of calling, meetings and queues (folded, EN and FR).</summary>
    internal const string Calling =
        @"\b(calls?|calling|called|dial\w*|phone\w*|telephone|numbers?|ring\w*|voicemail|meetings?|conferenc\w*|queues?|emergency|911|reach|caller id"
        + @"|appels?|appeler|appelle\w*|telephon\w*|numeros?|sonne\w*|messagerie|reunions?|file d'attente|urgences?|joindre)\b";

    // What an admin's command starts with: such a message is an order, not a problem report.
    private const string CommandStart =
        @"^\s*(please |can you |could you |peux tu |pourrais tu )?(create|add|new|make|set|assign|give|grant|buy|purchase|order|find|search|get|reserve|acquire|port|transfer|release|remove|unassign|list|show|display|configure|enable|fund|use"
        + @"|cree\w*|ajoute\w*|attribue\w*|affecte\w*|donne\w*|achete\w*|commande\w*|trouve\w*|cherche\w*|transfere\w*|libere\w*|retire\w*|liste\w*|affiche\w*|configure\w*|active\w*|utilise\w*)\b";

    [GeneratedRegex(@"\b(use|set|make|send|post|route|put|designate|choose|pick|utilise\w*|defini\w*|envoie\w*|envoyer|poste\w*|mets|mettre|choisi\w*|designe\w*|fais)\b.*\b(tickets?|helpdesk|help desk|support|assistance)\b.*\b(channel|chat|here|canal|ici|conversation)\b"
        + @"|\b(use|set|make|utilise\w*|defini\w*|fais)\b.*\b(this|ce|cette)\s+(channel|chat|canal|conversation)\b.*\b(helpdesk|help desk|tickets?|support|assistance)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex UseHelpdeskChannel();

    [GeneratedRegex(@"\b(tickets?|helpdesk queue|demandes? de support|demandes? d'assistance)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListTickets();

    [GeneratedRegex(@"\b(check|verify|inspect|examine|review|investigate|look (at|into)|test)\b.*\b(phone(?! system)|telephone|calling|voice|line)\b.*\b(set ?up|configuration|config|settings)\b"
        + @"|\b(check|verify|inspect|examine|investigate|look (at|into))\b.*\b(phone|line|telephone)\b(?! (system|numbers?))"
        + @"|\b(diagnose|troubleshoot|debug)\b|\bwhat'?s (wrong|going on|the problem) with\b"
        + @"|\bwhy (can't|cant|cannot|doesn't|doesnt|isn't|isnt|won't|wont|does|is|can)\s+(?!(i|we|my|our|you|people|nobody|no one|anyone|calls?|the)\b)\S(?=.*" + Calling + ")"
        + @"|^(?!.*systeme telephonique)(?=.*\b(verifie\w*|controle\w*|examine\w*|inspecte\w*|regarde\w*|teste\w*)\b)(?=.*\b(configuration|installation|parametres|reglages)\b)(?=.*\b(telephon\w*|ligne|appels?)\b)"
        + @"|\b(verifie\w*|controle\w*|examine\w*|inspecte\w*|regarde\w*)\b.*\b(ligne|telephone|poste)\b"
        + @"|\b(diagnostique\w*|depanne\w*|diagnostic)\b|\bqu'est ce qui (ne va pas|cloche|coince) (avec|chez)\b"
        + @"|\bpourquoi\s+(?!(je|j'|on|nous|mon|ma|mes|les|personne)\b)\p{L}[^.!?]*(\bne\b|\bn')(?=.*" + Calling + ")", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CheckPhoneSetup();

    [GeneratedRegex(@"^(?!" + CommandStart + @")(?=.*" + Trouble + @")(?=.*" + Calling + @")", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ReportProblem();

    [GeneratedRegex(@"\bmy\b.*\b(emergency|e911|911)\b.*\b(address|location)\b|\bwhere am i (registered|located) for emergenc\w*"
        + @"|\b(mon|ma|mes)\b.*\b(adresses?|emplacements?|localisations?) d'urgence\b|\b(adresse|emplacement) d'urgence\b.*\b(ai je|est ce que j'ai)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex MyEmergencyAddress();

    [GeneratedRegex(@"\bmy (licen[cs]es?|calling plans?|plan|minutes)\b|\b(licen[cs]es?|calling plans?)\b.*\b(do i (have|hold|get)|have i|i have|i hold|assigned to me|given to me)\b"
        + @"|\bdo i have (a |an |any )?(licen[cs]es?|calling plans?|teams phone|phone system|minutes)\b|\bhow many minutes (do i have|have i got|i have)\b"
        + @"|\b(mes|ma|mon) (licences?|forfaits?|minutes)\b|\b(licences?|forfaits?)\b.*\b(ai je|j'ai|me sont|m'ont ete)\b"
        + @"|\b(ai je|est ce que j'ai)\b.*\b(licences?|forfaits?|minutes)\b|\bcombien de minutes\b.*\b(me reste|ai je|j'ai)\b|\bil me reste\b.*\bminutes\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex MyLicenses();

    [GeneratedRegex(@"\bmy\b.*\b(dial ?in|conference|conferencing|meetings?)\b.*\b(numbers?|details|info)\b|\b(dial ?in|conference|conferencing) (numbers?|details)\b.*\b(my|me|i)\b"
        + @"|\b(mes|mon)\b.*\bnumeros?\b.*\b(d'acces|de conference|d'audioconference|audioconference|conferences?|reunions?)\b"
        + @"|\bnumeros? (d'acces|de conference|d'audioconference)\b.*\b(mes|mon|moi|je|j'ai)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex MyDialIn();
}
