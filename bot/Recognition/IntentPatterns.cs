using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// The English and French phrases of each intent, matched against folded text (lower case, no accents,
/// hyphens as spaces). Order matters: the first match wins, so specific phrases come before general ones.
/// </summary>
internal static partial class IntentPatterns
{
    private const string Number = @"(\b(numbers?|numeros?)\b|\+?\d[\d .()]{6,}\d)";

    /// <summary>Each intent with its pattern, most specific first.</summary>
    public static readonly IReadOnlyList<(IntentKind Kind, Regex Pattern)> Ordered =
    [
        (IntentKind.Undo, Undo()),
        (IntentKind.Cancel, Cancel()),
        (IntentKind.Help, Help()),
        (IntentKind.ShowOrganisationProfile, ShowOrganisationProfile()),
        (IntentKind.SetOrganisationProfile, SetOrganisationProfile()),
        (IntentKind.UseHelpdeskChannel, UseHelpdeskChannel()),
        (IntentKind.ListTickets, ListTickets()),
        (IntentKind.CheckPhoneSetup, CheckPhoneSetup()),
        (IntentKind.ReportProblem, ReportProblem()),
        (IntentKind.ShowAudit, ShowAudit()),
        (IntentKind.CreditsBalance, CreditsBalance()),
        (IntentKind.FundCredits, FundCredits()),
        (IntentKind.SearchNumbers, SearchNumbers()),
        (IntentKind.PortNumbers, PortNumbers()),
        (IntentKind.RequestNumbers, RequestNumbers()),
        (IntentKind.ReleaseNumber, ReleaseNumber()),
        (IntentKind.RemoveLicense, RemoveLicense()),
        (IntentKind.UnassignNumber, UnassignNumber()),
        (IntentKind.AssignServiceNumber, AssignServiceNumber()),
        (IntentKind.AssignLicense, AssignLicense()),
        (IntentKind.MyLicenses, MyLicenses()),
        (IntentKind.AssignNumber, AssignNumber()),
        (IntentKind.CheckAvailability, CheckAvailability()),
        (IntentKind.BuyLicenses, BuyLicenses()),
        (IntentKind.SetPinLength, SetPinLength()),
        (IntentKind.MyDialIn, MyDialIn()),
        (IntentKind.SetupConferencing, SetupConferencing()),
        (IntentKind.CreateResourceAccount, CreateResourceAccount()),
        (IntentKind.AddHoliday, AddHoliday()),
        (IntentKind.CreateCallQueue, CreateCallQueue()),
        (IntentKind.CreateAutoAttendant, CreateAutoAttendant()),
        (IntentKind.MyEmergencyAddress, MyEmergencyAddress()),
        (IntentKind.ListAddresses, ListAddresses()),
        (IntentKind.AddEmergencyAddress, AddEmergencyAddress()),
        (IntentKind.Quotas, Quotas()),
        (IntentKind.StartSetup, StartSetup()),
        (IntentKind.MyNumber, MyNumber()),
        (IntentKind.ListNumbers, ListNumbers()),
    ];

    [GeneratedRegex(@"^(cancel|stop|quit|never ?mind|annuler|annule|arrete|laisse tomber|abandonner?)\b[\s.!]*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^(help|aide|menu|\?|what can (you|i) do|que (peux|sais) tu faire|qu'est ce que (tu peux|je peux) faire|au secours)\b?[\s.!?]*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Help();

    [GeneratedRegex(@"\b(audit|who (changed|modified|did|made|updated|edited)|what (changed|was changed)|change (log|history)|qui a (modifie|change|fait|touche)|historique des (modifications|changements)|journal (d'audit|des modifications))\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ShowAudit();

    [GeneratedRegex(@"\bcredits?\b.*\b(balance|left|remaining|restants?|reste)\b|\b(balance|how much|solde|combien)\b.*\bcredits?\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CreditsBalance();

    [GeneratedRegex(@"^(?!.*\blicen[cs]es?\b).*\b(add|fund|top up|buy|purchase|put|load|ajouter?|ajoutez|approvisionner?|recharger?|alimenter?|acheter?|verser?|mets|mettre|crediter)\b.*\bcredits?\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex FundCredits();

    [GeneratedRegex(@"^(please |can you |could you |peux tu |pourrais tu |je voudrais |i'd like to |i want to )?(find|search( for)?|look for|look up|get|reserve|acquire|trouver?|trouvez|chercher?|cherchez|rechercher?|obtiens|obtenir|reserver?)\b.*" + Number, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SearchNumbers();

    [GeneratedRegex(@"\bport(ing|ed)?\b.*" + Number + @"|\bnumber port(ing|ability)?\b|\bportabilite\b|\b(transfer|transferer|transfere|transferez|porter|portez)\b.*\b(numbers?|numeros?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex PortNumbers();

    [GeneratedRegex(@"\b(request|ask for|order|demander?|demandez|commander?|commandez)\b.*\b(numbers?|numeros?)\b|\b(number requests?|demandes? de numeros?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex RequestNumbers();

    [GeneratedRegex(@"\b(release|give back|return|free up|liberer?|liberez|rends|rendre|restituer?)\b.*" + Number, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ReleaseNumber();

    [GeneratedRegex(@"\b(unassign|remove|take away|take back|detach|desattribuer?|desattribuez|retirer?|retirez|enlever?|enlevez|desassigner?)\b.*" + Number, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex UnassignNumber();

    [GeneratedRegex(@"\b(assign|give|attach|set|link|attribuer?|attribuez|affecter?|affectez|associer?|associez|donner?|donnez|assigner?)\b.*" + Number + @".*\b(call queue|auto ?attendant|resource account|bridge|conferenc\w*|file d'attente|standard automatique|compte de ressources?|pont)\b|\bservice numbers?\b.*\b(to|a|au)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AssignServiceNumber();

    [GeneratedRegex(@"^(please |can you |peux tu )?(assign|give|grant|license|attribuer?|attribuez|affecter?|affectez|donner?|donnez|assigner?|accorder?)\b.*\b(licen[cs]es?|phone system|teams phone|calling plans?|forfaits?|audio conferencing|conference audio|systeme telephonique|e[135]|mcoev|mcopstn\w*|mcomeetadv)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AssignLicense();

    [GeneratedRegex(@"\b(assign|give|set|attribuer?|attribuez|affecter?|affectez|donner?|donnez|assigner?)\b.*" + Number, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AssignNumber();

    [GeneratedRegex(@"\b(available|availability|offered|sold|disponibles?|disponibilite|offerts?|vendus?)\b|\bcan (i|we) (buy|get|use)\b.*\b(in|for)\b|\bpeut on\b.*\b(en|au|aux)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CheckAvailability();

    [GeneratedRegex(@"\b(buy|purchase|order|get|acheter?|achetez|commander?|commandez|acquerir)\b.*\b(licen[cs]es?|phone system|teams phone|calling plans?|forfaits?|audio conferencing|conference audio|systeme telephonique|e[135]|mcoev|mcopstn\w*|mcomeetadv)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex BuyLicenses();

    [GeneratedRegex(@"\bpin\b.*\b(length|long|digits?|longueur|chiffres?)\b|\b(length|longueur)\b.*\bpin\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SetPinLength();

    [GeneratedRegex(@"\b(set ?up|configure|enable|turn on|activate|start|configurer?|configurez|activer?|activez|mettre en place|mets en place)\b.*\b(audio conferencing|conferencing|conference audio|conferences? audio|audioconferences?|dial in)\b|^(audio )?conferencing( setup)?$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SetupConferencing();

    [GeneratedRegex(@"\b(create|add|new|make|set ?up|creer?|creez|ajouter?|ajoutez|nouveau)\b.*\b(resource accounts?|comptes? de ressources?|comptes? ressources?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CreateResourceAccount();

    [GeneratedRegex(@"\b(add|create|new|set|declare|ajouter?|ajoutez|creer?|creez|declarer?|nouveau)\b.*\b(holidays?|jours? feries?|feries?|fermeture)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AddHoliday();

    [GeneratedRegex(@"\b(create|add|new|make|set ?up|build|creer?|creez|ajouter?|ajoutez|nouvelle|configurer?|configurez|mets en place)\b.*\b(call queues?|files? d'attente|files? d'appels)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CreateCallQueue();

    [GeneratedRegex(@"\b(create|add|new|make|set ?up|build|creer?|creez|ajouter?|ajoutez|nouveau|configurer?|configurez|mets en place)\b.*\b(auto ?attendants?|standards? automatiques?|standardistes? automatiques?|accueil automatique)\b|\b(creer?|creez|nouveau|ajouter?|ajoutez|configurer?|configurez)\s+(un |le |nouveau )*standard\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CreateAutoAttendant();

    [GeneratedRegex(@"\b(list|show|display|see|view|what are|which|liste[rz]?|afficher?|affichez|montrer?|montrez|voir|quelles sont)\b.*\b(address(es)?|adresses?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListAddresses();

    [GeneratedRegex(@"\b(add|create|new|register|set|save|ajouter?|ajoutez|creer?|creez|enregistrer?|enregistrez|nouvelle)\b.*\b(emergency|urgence|e911|civic|civique)\b|\b(emergency address|adresse d'urgence)\b.*\d", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AddEmergencyAddress();

    [GeneratedRegex(@"\b(quotas?|limits?|limites?)\b|\bhow many\b.*\b(left|remaining|can (i|we))\b|\bcombien\b.*\b(reste|restant|restants|puis je|pouvons nous)\b|\bminutes?\b.*\b(left|remaining|restantes?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Quotas();

    [GeneratedRegex(@"\b(start|begin|launch|run|resume|continue|show|open)\b.*\bset ?up\b|\bset ?up (checklist|guide|wizard|progress|status)\b|^set ?up[\s.!]*$|\bset ?up (the )?(phone system|teams phone|telephony)\b|\b(configurer?|configurez|configuration|mise en place|mettre en place|installer?)\b.*\b(systeme telephonique|telephonie|phone system|teams phone)\b|\b(liste de controle|checklist|guide de configuration|assistant de configuration)\b|\b(demarrer?|demarrez|commencer?|commencez|lancer?|lancez)\b.*\b(configuration|mise en place)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex StartSetup();

    [GeneratedRegex(@"\b(what('s| is| are)? my (phone |telephone )?numbers?|my (phone |telephone )?numbers?|(quel|quels) (est|sont) mon|(quel|quels) (est|sont) mes|mon numero|mes numeros|numero de telephone)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex MyNumber();

    [GeneratedRegex(@"\b(list|show|display|see|view|lister?|listez|afficher?|affichez|montrer?|montrez|voir)\b.*\b(numbers|numeros)\b|\b(all|every|our|tenant|tous les|nos)( phone)? (numbers|numeros)\b|\b(number inventory|inventaire des numeros|liste des numeros)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListNumbers();
}
