using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// Temporary phrases of the list views, queue agents and auto-recharge, so these flows answer before the trained
/// classifier (issue 16) replaces the regular expressions; kept simple on purpose, they go with the recognizer.
/// </summary>
internal static partial class IntentPatterns
{
    // A question or an order to show something (folded, EN and FR).
    private const string ShowWords =
        @"\b(list|show|display|see|view|what|which|how many|status|where|lister?|listez|liste|afficher?|affichez|affiche|montrer?|montre|montrez|voir|quels?|quelles?|combien|ou en (est|sont)|etat|statut)\b";

    [GeneratedRegex(@"^(?!.*\b(my|i|me|mes|mon|ma|je|j'ai|ai je|moi|buy|purchase|order|get|assign|give|grant|acheter?|achete|achetez|commander?|commande|attribue\w*|donne\w*|assigne\w*)\b)(?=.*" + ShowWords + @").*\b(licen[cs]es?|subscriptions?|abonnements?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListLicenses();

    [GeneratedRegex(@"^(?!.*\b(port\w*|transfert?s?)\b)(?=.*" + ShowWords + @").*\b(number (requests?|orders?)|(requests?|orders?) for numbers|(demandes?|commandes?) de numeros?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListNumberRequests();

    [GeneratedRegex(@"^(?=.*" + ShowWords + @").*\b(port (orders?|requests?)|porting (orders?|requests?|status)|(ordres?|commandes?|demandes?) de (portage|portabilite|transfert)|transferts? de numeros?|number transfers?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListPortOrders();

    [GeneratedRegex(@"^(?!.*\b(create|add|new|make|set ?up|build|creer?|creez|cree|ajoute\w*|nouvelle|configure\w*|mets en place)\b)(?=.*" + ShowWords + @").*\b(call queues?|queues|files? d'attente|files? d'appels)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListCallQueues();

    [GeneratedRegex(@"^(?!.*\b(create|new|make|creer?|creez|cree|nouvelle)\b)(?!.*\b(add|ajoute\w*|ajouter)\s+(a |an |une |la |the )?(call queue|file)).*\b(add|put|include|ajoute\w*|ajouter|mets|mettre)\b.+\b(to|in|into|of|a|au|dans|de|du)\s+(the |la |le |l')?(\S+ )?(call queue|queue|file)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AddQueueAgents();

    [GeneratedRegex(@"\b(auto ?recharge|auto ?refill|auto ?top ?up|automatic (recharge|refill|top ?up)|recharge automatique|rechargement automatique)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SetAutoRecharge();
}
