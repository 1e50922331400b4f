using System.Text.RegularExpressions;
using ChatPhone.Core.Conferencing;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>A person the sentence may name: an organizer to change (matched by full name, or by a first name no one else has).</summary>
internal sealed record BridgePerson(string UserId, string DisplayName);

/// <summary>
/// Reads what a sentence asks of audio conferencing, in English and French, several settings at once: the text is cut
/// into clauses ("…, and turn off name recording", « … et coupe l’enregistrement des noms »), with quoted text
/// (« » " “ ”) and links kept whole, and each clause is read by <see cref="BridgeClause"/>.
/// </summary>
internal static partial class BridgeSentence
{
    /// <summary>What <paramref name="text"/> asks of the bridge, its settings and the people it names.</summary>
    public static BridgeEdit Read(string text, ConferenceBridge bridge, IReadOnlyList<BridgePerson> people)
    {
        var pieces = new List<string>();
        var masked = Protected().Replace(text, m =>
        {
            pieces.Add(m.Groups["q"].Success ? m.Groups["q"].Value.Trim() : m.Value.TrimEnd('.', ',', ';', ':', ')', '!', '?'));
            return $" {(m.Groups["q"].Success ? "zzq" : "zzu")}{pieces.Count - 1}zz ";
        });
        var edit = new BridgeEdit();
        foreach (var clause in Clauses(masked))
        {
            edit = new BridgeClause(clause, pieces, bridge, people).Read(edit);
        }

        return edit;
    }

    // Clauses split at punctuation and at "and"/"et"/"then" before a verb; a part that starts with no verb nor setting
    // ("…to English, Spanish and French") joins the clause before.
    private static IEnumerable<string> Clauses(string masked)
    {
        var clauses = new List<string>();
        foreach (var part in Separator().Split(masked).Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (clauses.Count > 0 && !HasVerbOrSetting(part))
            {
                clauses[^1] += ", " + part;
            }
            else
            {
                clauses.Add(part);
            }
        }

        return clauses;
    }

    private static bool HasVerbOrSetting(string part) => LeadingVerb().IsMatch(ServiceSentence.Words(part));

    // Single quotes count too ('Call us'), but never an apostrophe inside a word (« l'aide », "helpdesk's").
    [GeneratedRegex(@"«\s*(?<q>[^»]*)»|“(?<q>[^”]*)”|""(?<q>[^""]*)""|‘(?<q>[^’]*)’|(?<![\p{L}\p{N}])'(?<q>[^']+)'(?![\p{L}\p{N}])|https?://[^\s«»""“”<>]+|\bwww\.[^\s«»""“”<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Protected();

    [GeneratedRegex(@"[;,\n]|\.(?=\s|$)|\s(?:and|et|then|puis|also|aussi|plus)\s+(?=(?:also\s|aussi\s)?(?:set|make|turn|switch|enable|disable|use|give|put|change|remove|add|clear|restore|reset|move|keep|mask|unmask|hide|stop|start|let|allow|send|record|announce|rename|mets|met|mettez|rends|active|activez|desactive|désactive|desactivez|désactivez|coupe|coupez|utilise|utilisez|donne|donnez|changez|passe|passez|retire|retirez|ajoute|ajoutez|definis|définis|definissez|définissez|fixe|fixez|restaure|restaurez|remets|remettez|deplace|déplace|deplacez|déplacez|garde|gardez|masque|masquez|arrete|arrête|arretez|arrêtez|envoie|envoyez|enregistre|renomme|supprime|supprimez|efface|effacez|enleve|enlève|enlevez|autorise|autorisez|permets|laisse|laissez)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:also |aussi |then |puis )?(?:set|make|turn|switch|enable|disable|use|give|put|change|remove|add|clear|restore|reset|move|keep|mask|unmask|hide|stop|start|let|allow|send|record|announce|rename|mets|met|mettez|rends|active|activez|desactive|desactivez|coupe|coupez|utilise|utilisez|donne|donnez|changez|passe|passez|retire|retirez|ajoute|ajoutez|definis|definissez|fixe|fixez|restaure|restaurez|remets|remettez|deplace|deplacez|garde|gardez|masque|masquez|arrete|arretez|envoie|envoyez|enregistre|renomme|supprime|supprimez|efface|effacez|enleve|enlevez|autorise|autorisez|permets|laisse|laissez|the|le|la|les|l|its|their|ses|leur|leurs|no|pas|pin|entry|exit|name|names|email|emails|e|footer|logo|help|legal|pied|aide|mentions|annonces|enregistrement|masquage|toll|tollfree|numero|number)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex LeadingVerb();
}
