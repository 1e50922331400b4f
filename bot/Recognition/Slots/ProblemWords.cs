using System.Text.RegularExpressions;
using ChatPhone.Core.Triage;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// The words of a reported problem (folded text): which symptom it describes, most specific first, and the
/// words that are never part of a person's name.
/// </summary>
internal static partial class ProblemWords
{
    /// <summary>Words that are not names, in either language: pronouns, function words, calling and triage words.</summary>
    public static readonly HashSet<string> NotNames =
    [
        // English
        "i", "i'm", "im", "we", "me", "my", "mine", "our", "us", "you", "your", "he", "she", "they", "them", "his", "her", "their", "it",
        "its", "this", "that", "there", "the", "a", "an", "and", "or", "of", "for", "to", "from", "with", "at", "in", "on", "into", "by",
        "about", "why", "what", "what's", "whats", "how", "when", "where", "who", "is", "are", "was", "were", "be", "been", "do", "does",
        "did", "can", "can't", "cant", "cannot", "could", "couldn't", "not", "no", "never", "don't", "dont", "doesn't", "doesnt", "didn't",
        "won't", "wont", "isn't", "isnt", "aren't", "has", "have", "hasn't", "had", "any", "anyone", "anybody", "someone", "somebody",
        "nobody", "people", "one", "please", "hi", "hello", "hey", "help", "thanks", "check", "verify", "inspect", "examine", "review",
        "investigate", "look", "test", "diagnose", "troubleshoot", "debug", "wrong", "going", "problem", "problems", "issue", "issues",
        "trouble", "phone", "phones", "telephone", "calling", "call", "calls", "called", "voice", "line", "lines", "setup", "set", "up",
        "configuration", "config", "settings", "number", "numbers", "teams", "meeting", "meetings", "queue", "queues", "dial", "dialing",
        "out", "outside", "receive", "receiving", "get", "getting", "gets", "make", "making", "place", "ring", "ringing", "rings", "reach",
        "work", "working", "works", "show", "shows", "showing", "appear", "appears", "see", "display", "anymore", "since", "today",
        "yesterday", "still", "again", "now", "colleague", "colleagues", "coworker", "user", "users", "able", "unable", "emergency",
        "voicemail", "incoming", "outgoing", "inbound", "outbound", "external", "internal", "customers", "callers", "caller", "id", "pad",
        "broken", "stopped", "fail", "fails", "failing", "failed", "missing", "gone", "disappeared", "just", "also", "all", "some",
        "let", "lets", "into", "through", "go", "goes", "morning", "participants", "guests", "attendees", "clients", "phone's", "dial-in", "conference", "conferencing", "bridge", "invite",
        // French
        "je", "j", "on", "nous", "vous", "il", "elle", "ils", "elles", "m", "moi", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa",
        "ses", "notre", "nos", "leur", "leurs", "le", "la", "les", "l", "un", "une", "des", "de", "d", "du", "au", "aux", "et", "ou",
        "pour", "par", "avec", "dans", "en", "sur", "chez", "pourquoi", "comment", "quoi", "qu", "que", "qui", "est", "sont", "ne", "n",
        "pas", "plus", "jamais", "personne", "rien", "aucun", "aucune", "peut", "peux", "pouvons", "peuvent", "arrive", "arrivent",
        "recois", "recoit", "recevoir", "recoivent", "appeler", "appelle", "appels", "appel", "telephonique", "telephoner", "telephonie",
        "ligne", "numero", "numeros", "installation", "parametres", "reglages", "verifie", "verifier", "verifiez", "controle", "controler",
        "controlez", "regarde", "regarder", "examiner", "teste", "tester", "diagnostique", "diagnostiquer", "depanne", "depanner",
        "marche", "fonctionne", "sonne", "joindre", "rejoindre", "reunion", "reunions", "file", "attente", "collegue", "collegues", "svp",
        "stp", "merci", "bonjour", "aujourd'hui", "salut", "aide", "souci", "va", "cloche", "coince", "apparait", "affiche", "voir", "vois", "depuis",
        "hier", "encore", "toujours", "urgence", "urgences", "messagerie", "entrants", "sortants", "passer", "passent", "ce", "cet",
        "cette", "ca", "y", "s", "t", "a", "se", "ni", "mais", "donc", "quand", "avoir", "ai", "as", "utilisateur", "utilisatrice", "gens", "externes", "invites", "interlocuteurs", "correspondants", "poste", "telephone",
    ];

    /// <summary>Words around a queue's name that are not part of it ("the", "calls from", "la", "de").</summary>
    public static readonly HashSet<string> NotQueueNames =
    [
        "the", "a", "an", "my", "our", "your", "this", "that", "from", "of", "in", "on", "to", "for", "any", "calls", "call", "phone",
        "doesn't", "doesnt", "isn't", "isnt", "don't", "dont", "is", "not", "never", "ring", "ringing", "me", "us",
        "la", "le", "les", "l", "de", "du", "des", "d", "ma", "mon", "notre", "nos", "votre", "cette", "ce", "appels", "appel", "ne", "n", "me", "nous",
    ];

    /// <summary>The symptom a problem describes, or null when it names none in particular.</summary>
    public static Symptom? SymptomOf(string folded) =>
        Meeting().IsMatch(folded) ? Symptom.MeetingDialIn
        : Queue().IsMatch(folded) ? Symptom.QueueCalls
        : Emergency().IsMatch(folded) ? Symptom.EmergencyCalling
        : NotShown().IsMatch(folded) ? Symptom.NumberNotShown
        : Receive().IsMatch(folded) ? Symptom.CannotReceiveCalls
        : CallOut().IsMatch(folded) ? Symptom.CannotCallOut
        : null;

    [GeneratedRegex(@"\b(meetings?|reunions?|conferenc\w*|audio ?conferenc\w*|audioconferenc\w*|dial ?in|dial into|bridge|pont|invitations?|invites?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(queues?|files? d'attente|files? d'appels|hunt groups?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Queue();

    [GeneratedRegex(@"\b(emergenc\w*|911|112|e911|urgences?|secours|pompiers|samu)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Emergency();

    [GeneratedRegex(@"\b(numbers?|numeros?|caller id|dial ?pad|clavier)\b[^.!?]*\b(show\w*|appear\w*|display\w*|visible|see|seeing|missing|gone|disappeared|affich\w*|apparai\w*|voi[rst]|manque\w*|disparu)\b"
        + @"|\b(show\w*|appear\w*|display\w*|see|affich\w*|apparai\w*|voi[rst])\b[^.!?]*\b(numbers?|numeros?|dial ?pad|clavier)\b"
        + @"|\b(no|pas de|aucun|without|sans) (phone |telephone )?(numbers?|numeros?)\b|\bn'ai (pas|plus|aucun) (de )?numero\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NotShown();

    [GeneratedRegex(@"\b(receiv\w*|incoming|inbound|ring\w*|reach (me|us)|call (me|us)|calling me|get(ting)? (any |my )?(phone )?calls|take calls|answer\w*|come in|coming in)\b"
        + @"|\b(recoi\w*|recevoir|recu|entrants?|sonne\w*|m'appeler|me joindre|me contacter|m'appelle\w*|nous appeler|nous joindre)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Receive();

    [GeneratedRegex(@"\b(call out|calling out|make (a |any )?(phone )?calls?|making (phone )?calls|place (a |any )?calls?|placing calls|outgoing|outbound|dial(l?ing)? out"
        + @"|calls? (to )?(anyone|anybody|people|numbers?|external|outside|mobiles?|cell|customers|clients|abroad)|go(es|ing)? out|get through|go through|call|calls? (fail|drop)\w*)\b"
        + @"|\b(appeler|telephoner|passer (des |un )?(appels?|coups? de fil)|sortants?|composer|ne passent|passent pas)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CallOut();
}
