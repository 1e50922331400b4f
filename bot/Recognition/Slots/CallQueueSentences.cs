using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// Call queue sentences whose setting words pull the model away from what they do. "create a call queue Sales with
/// greeting « … », agents Alex and Sam, overflow to voicemail of Megan, timeout 5 minutes then forward to +33 1 …": the
/// longer a creation sentence, the more its setting words pull the model towards a change or below its bar; a sentence
/// that opens with a creation verb followed by the words for a call queue creates one. "when no agent is available in the
/// Sales queue, send new calls to voicemail of Sam" says no verb the model knows for a change; a sentence that names a
/// call queue, one of its exception settings and what it should do is a change of that queue. Both apply only when the
/// model hesitates between intents about call queues and objects, so a sentence about anything else is left alone.
/// </summary>
internal static partial class CallQueueSentences
{
    private static readonly HashSet<IntentKind> Hesitations =
    [
        IntentKind.None, IntentKind.CreateCallQueue, IntentKind.ChangeObject, IntentKind.ShowObject, IntentKind.AddQueueAgents,
        IntentKind.ListObjects, IntentKind.ReportProblem, IntentKind.CheckPhoneSetup,
    ];

    /// <summary>True when <paramref name="folded"/> creates a call queue and the model's best guess is one it hesitates with.</summary>
    public static bool Creates(IntentKind best, string folded) => Hesitations.Contains(best) && Opening().IsMatch(folded);

    /// <summary>
    /// True when <paramref name="folded"/> changes a call queue's greeting, music or exception actions without a verb the model
    /// knows: it names a call queue, such a setting and a value, and adds nobody to a queue.
    /// </summary>
    public static bool Changes(IntentKind best, string folded) =>
        Hesitations.Contains(best) && !Opening().IsMatch(folded) && (ObjectSlots.Find(folded) == ObjectKind.CallQueue || QueueWords().IsMatch(folded))
        && Setting().IsMatch(folded) && Value().IsMatch(folded) && !AddsAgents().IsMatch(folded);

    /// <summary>
    /// True when <paramref name="folded"/> takes people out of a call queue ("remove Alex from the Sales queue", « retire
    /// Lucas de la file d’attente Ventes ») and the model hesitates between changing and removing: the queue stays.
    /// </summary>
    public static bool RemovesAgents(IntentKind best, string folded) =>
        (Hesitations.Contains(best) || best is IntentKind.RemoveObject or IntentKind.RemoveLicense) && TakesOut().IsMatch(folded);

    /// <summary>
    /// True when <paramref name="folded"/> names a call queue and where its agents come from other than people: the channel
    /// it is said in ("the members of this channel answer the Support queue", « la file Support prend ses agents dans ce
    /// canal ») or a group ("add group 6f1c… to the Sales queue", "add the group Sales Team to…", said back when not by its id). Creating a queue so is the creation's business.
    /// </summary>
    public static bool NamesAgentSources(string folded) =>
        !Opening().IsMatch(folded) && (ObjectSlots.Find(folded) == ObjectKind.CallQueue || QueueWords().IsMatch(folded)) && Source().IsMatch(folded);

    [GeneratedRegex(@"\b(?:(?:this|current|ce)\s+(?:teams\s+)?(?:channel|canal)|canal\s+(?:actuel|courant)|no\s+more\s+channel|plus\s+de\s+canal|(?:distribution\s+(?:lists?|groups?)|security\s+groups?|groups?|listes?\s+de\s+distribution|groupes?)(?:\s+de\s+(?:distribution|securite))?\s+(?:id\s+)?[0-9a-f]{8}\s[0-9a-f]{4}\s|(?:the|a|le|un|les|des)\s+(?:distribution\s+(?:lists?|groups?)|groups?|listes?\s+de\s+distribution|groupes?)\s+(?!(?:of|de|du|des)\b)[a-z])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Source();

    [GeneratedRegex(@"^(?:please\s+)?(?:remove|take|drop|retire[rz]?|enleve[rz]?|ote[rz]?|sors|sortir)\s+(?!(?:the|la|le|l['’ ])\s*(?:call queue|queue|file)\b)\S.*?\s(?:from|out of|de|du|des|d['’ ])\s*(?:the\s+|la\s+|le\s+|l['’ ])?(?:call queue|queue|file d['’ ]attente|file d['’ ]appels|file|\S+\s+(?:call\s+)?queue\b)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex TakesOut();

    // A sentence may name the target's kind first ("… vers le standard Accueil"): the queue's own words still say what changes.
    [GeneratedRegex(@"\b(call queue|queue|file d['’ ]attente|file d['’ ]appels|file)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex QueueWords();

    [GeneratedRegex(@"\b(overflow\w*|debordement|timeout|time out|no agents?|without agents?|nobody is available|no one is available|aucun agent|sans agents?|pas d['’ ]agents?|personne n['’ ]est disponible|delai d['’ ]attente|greeting|message d['’ ]accueil|music on hold|hold music|musique d['’ ]attente|more than \d+ calls|plus de \d+ appels)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Setting();

    [GeneratedRegex(@"(\b(voice ?mail|messagerie|forward\w*|redirect\w*|transfer\w*|transf[e]r\w*|renvo\w*|send|envoie\w*|disconnect\w*|hang up|raccroch\w*|keep|garde\w*|default|par defaut|vers|to the|go(?:es)? to)\b|\+\d|[""«“'‘])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Value();

    [GeneratedRegex(@"^(?:please\s+)?(?:add|put|include|ajoute\w*|mets)\s+(?!(?:the|la|le|a|an|une)?\s*(?:overflow|debordement|timeout|greeting|message|music|musique))", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AddsAgents();

    [GeneratedRegex(@"^(?:please\s+|stp\s+|svp\s+|peux tu\s+|pourrais tu\s+|can you\s+|could you\s+)?(?:create|make|set up|setup|build|add|new|cree|creer|creez|creons|ajoute|ajouter|nouvelle|monte|mets en place)\s+(?:me\s+|moi\s+)?(?:a\s+|an\s+|the\s+|new\s+|une\s+|la\s+|nouvelle\s+)*(?:call queue|queue|file d['’ ]attente|file d['’ ]appels|file)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Opening();
}
