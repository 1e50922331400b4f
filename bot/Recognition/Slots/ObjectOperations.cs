using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// Some intents answer for one kind of object: the open tickets, the port orders, the number orders, the conferencing
/// bridge, the credits account. The model learns those from their topic words, so "resolve ticket T-1001", "annule la
/// commande de portage…", "rename the conferencing bridge" or "passe le seuil des crédits à 20" land on them although
/// they say to do something to one object. When such a sentence names the intent's kind and says to change it, remove it
/// or open one of them, it is the generic object intent instead, and the object flow finds which one. The operation is
/// read from the verbs (English imperatives, French imperatives and infinitives), never from a sentence shape.
/// </summary>
internal static partial class ObjectOperations
{
    [Flags]
    private enum Operation
    {
        None = 0,
        Show = 1,
        Change = 2,
        Remove = 4,
    }

    // Each kind-bound intent, the kind it answers for, and which operations on one object it hands to the object flow.
    private static readonly Dictionary<IntentKind, (ObjectKind Kind, Operation Handed)> Bound = new()
    {
        [IntentKind.ListTickets] = (ObjectKind.Ticket, Operation.Show | Operation.Change | Operation.Remove),
        [IntentKind.ListPortOrders] = (ObjectKind.PortOrder, Operation.Show | Operation.Change | Operation.Remove),
        [IntentKind.PortNumbers] = (ObjectKind.PortOrder, Operation.Remove),
        [IntentKind.ListNumberRequests] = (ObjectKind.NumberOrder, Operation.Show | Operation.Change | Operation.Remove),
        [IntentKind.RequestNumbers] = (ObjectKind.NumberOrder, Operation.Remove),
        [IntentKind.SearchNumbers] = (ObjectKind.NumberOrder, Operation.Remove),
        [IntentKind.SetupConferencing] = (ObjectKind.ConferenceBridge, Operation.Show | Operation.Change | Operation.Remove),
        [IntentKind.CreditsBalance] = (ObjectKind.Credits, Operation.Change | Operation.Remove),
        [IntentKind.SetAutoRecharge] = (ObjectKind.Credits, Operation.Show),
        [IntentKind.UseHelpdeskChannel] = (ObjectKind.HelpdeskChannel, Operation.Show),
    };

    /// <summary>
    /// The generic intent and its kind when <paramref name="kind"/> is a kind-bound intent and the sentence (as typed and
    /// folded) does something to one object of that kind; null otherwise. A sentence naming another kind is left alone.
    /// </summary>
    public static (IntentKind Intent, ObjectKind Kind)? Refine(IntentKind kind, string text, string folded)
    {
        if (!Bound.TryGetValue(kind, out var bound) || ObjectSlots.Find(folded) is { } named && named != bound.Kind)
        {
            return null;
        }

        IntentKind? generic = (Read(text, folded, bound.Kind) & bound.Handed) switch
        {
            Operation.Remove => IntentKind.RemoveObject,
            Operation.Change => IntentKind.ChangeObject,
            Operation.Show => IntentKind.ShowObject,
            _ => null,
        };
        return generic is { } refined ? (refined, bound.Kind) : null;
    }

    // The intents the model picks, or hesitates between, for "show me +1 206 555 0100": none of them shows one number.
    private static readonly HashSet<IntentKind> AboutNumbers =
    [
        IntentKind.None, IntentKind.ListNumbers, IntentKind.AssignNumber, IntentKind.UnassignNumber, IntentKind.ReleaseNumber,
        IntentKind.AssignServiceNumber, IntentKind.MyNumber, IntentKind.ShowObject,
    ];

    /// <summary>
    /// True when a sentence the model read as <paramref name="kind"/> asks to see one phone number it writes out in full
    /// ("show me +1 206 555 0100", « détails du numéro +33 1 84 88 00 02 »): nothing to change, remove or list in it.
    /// </summary>
    public static bool ShowsOneNumber(IntentKind kind, string text, string folded) =>
        AboutNumbers.Contains(kind)
        && InternationalNumber().Count(text) == 1
        && ShowWords().IsMatch(folded)
        && !RemoveWords().IsMatch(folded) && !ChangeWords().IsMatch(folded) && !ListWords().IsMatch(folded);

    /// <summary>
    /// True when a sentence opens by linking or unlinking a resource account ("link the resource account Sales to the
    /// call queue Sales", « dissocie le compte de ressources Accueil »): a change of that account, whatever the model
    /// hesitates between (the queue or attendant it names pulls it towards their own intents).
    /// </summary>
    public static bool LinksAResourceAccount(string folded) => LinkAccount().IsMatch(folded.TrimStart());

    [GeneratedRegex(@"^(?:please\s+|s'il (?:te|vous) plait,?\s+)?(?:link|associate|attach|connect|unlink|disassociate|detach|relie[rz]?|associe[rz]?|rattache[rz]?|lie[rz]?|dissocie[rz]?|detache[rz]?|delie[rz]?)\b.*\b(?:resource account|compte de ressources?|compte ressource)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LinkAccount();

    // The intents the model hesitates between for "reduce the calling plan subscription to 3".
    private static readonly HashSet<IntentKind> AboutLicenses = [IntentKind.BuyLicenses, IntentKind.RemoveLicense, IntentKind.ListLicenses];

    /// <summary>
    /// True when the model, unsure, leans to a license intent and the sentence sets one license's count to a number
    /// ("reduce the calling plan subscription to 3", « ramène les licences Teams Phone à 10 »): the purchase flow plans
    /// that new total. A sentence naming no license, or several, is left to the "did you mean…?" card.
    /// </summary>
    public static bool SetsALicenseCount(IReadOnlyList<Classification.IntentGuess> ranked, string folded) =>
        ranked.FirstOrDefault(g => g.Kind != IntentKind.None) is { } guess && AboutLicenses.Contains(guess.Kind)
        && Vocabulary.Skus.FindAll(folded).Select(h => h.Value).Distinct().Count() == 1
        && ChangeWords().IsMatch(folded) && !RemoveWords().IsMatch(folded) && NewCount().IsMatch(folded);

    // Removal words win over change words ("cancel the port order moved to Friday"); opening one object needs its id,
    // except for the bridge, the account and the helpdesk channel, of which a tenant has one: "show the open tickets"
    // stays a list, and "which is the helpdesk channel?" shows it rather than making this conversation the channel.
    private static Operation Read(string text, string folded, ObjectKind kind)
    {
        if (RemoveWords().IsMatch(folded))
        {
            return Operation.Remove;
        }

        if (ChangeWords().IsMatch(folded))
        {
            return Operation.Change;
        }

        var single = kind is ObjectKind.ConferenceBridge or ObjectKind.Credits or ObjectKind.HelpdeskChannel || (IdLike().IsMatch(text) && !ListWords().IsMatch(folded));
        return single && ShowWords().IsMatch(folded) ? Operation.Show : Operation.None;
    }

    [GeneratedRegex(@"\b(cancel|cancell?ing|call off|withdraw|resolve|mark (it |this )?(as )?(resolved|done|closed)|close|delete|remove|drop|get rid of|take (it |this |them )?off|turn off|switch off|disable|stop|annule|annuler|annulez|resous|resoudre|resolvez|ferme|fermer|fermez|cloture|cloturer|cloturez|supprime|supprimer|supprimez|retire|retirer|retirez|enleve|enlever|enlevez|desactive|desactiver|desactivez|arrete|arreter|arretez|coupe|couper|coupez)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex RemoveWords();

    [GeneratedRegex(@"\b(rename|hand|reassign|assign|give(?! me\b)|move|reschedule|postpone|push back|change|modify|edit|update|set(?! up\b)|raise|lower|reduce|increase|decrease|cut|bring|adjust|renomme|renommer|renommez|confie|confier|confiez|reattribue|reattribuer|reattribuez|attribue|attribuer|attribuez|assigne|assigner|assignez|donne(?!-? ?moi\b)|donner|donnez|decale|decaler|decalez|deplace|deplacer|deplacez|reporte|reporter|reportez|change|changer|changez|modifie|modifier|modifiez|passe|passer|passez|mets|mettre|mettez|regle|regler|reglez|augmente|augmenter|augmentez|baisse|baisser|baissez|reduis|reduire|reduisez|diminue|diminuer|diminuez|ramene|ramener|ramenez|fixe|fixer|fixez|ajuste|ajuster|ajustez)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ChangeWords();

    [GeneratedRegex(@"\b(show|display|open|view|see|details?|look at|what is|what's|montre|montrer|montrez|affiche|afficher|affichez|ouvre|ouvrir|ouvrez|voir|detail|details|quel est|quelle est|which is|which one is|c'est quel|lequel)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ShowWords();

    // "T-1001", "port-open", "ord-123", "PO42" as typed: letters then a hyphen or digits, the way ids are written ("5" is a count).
    [GeneratedRegex(@"\b([a-z]+-[a-z0-9]+|[a-z]+\d+[a-z0-9-]*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex IdLike();

    [GeneratedRegex(@"\b(list|all|every|tickets|orders|ports|requests|liste|lister|listez|tous|toutes|les)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListWords();

    // "+1 206 555 0100", "+33184880002", "+44 (0)20 7946 0321": a plus, then at least eight digits in groups.
    [GeneratedRegex(@"\+\d(?:[\s.()-]*\d){7,}", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex InternationalNumber();

    // "to 3", "à 10", "down to 4": the new total.
    [GeneratedRegex(@"\b(to|a|at)\s+\d+\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NewCount();
}
