using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>The words of a conferencing clause, in English and French, matched on folded text with a space at each end.</summary>
internal sealed partial class BridgeClause
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\s(?:languages?|langues?|speaks?|speaking|parle|parlent|parler)\s", Options, 200)]
    private static partial Regex LanguageWords();

    [GeneratedRegex(@"\s(?:restore|reset|defaults?|defaut|defauts|restaure[rz]?|retablis|retablir|reinitialise[rz]?|remets|remettre|origine)\s", Options, 200)]
    private static partial Regex RestoreWords();

    [GeneratedRegex(@"\s(?:providers?|fournisseurs?|acp)\s", Options, 200)]
    private static partial Regex ProviderWords();

    [GeneratedRegex(@"\s(?:third party|tiers|acp|external|externe|another|other|autre|outside)\s", Options, 200)]
    private static partial Regex ThirdPartyWords();

    [GeneratedRegex(@"\s(?:replac\w*|remplac\w*|switch\w*|bascul\w*|migrat\w*|migre[rz]?)\s", Options, 200)]
    private static partial Regex ReplaceWords();

    [GeneratedRegex(@"\s(?:acp|third party|tiers|providers?|fournisseurs?)\s", Options, 200)]
    private static partial Regex AcpWords();

    [GeneratedRegex(@"\s(?:automatic\w*|automatique\w*)\s", Options, 200)]
    private static partial Regex AutomaticWords();

    [GeneratedRegex(@"\s(?:toll free|tollfree|free|gratuits?|sans frais|numeros? verts?)\s", Options, 200)]
    private static partial Regex TollFreeWords();

    [GeneratedRegex(@"\s(?:invites?|invitations?|defaults?|defaut|meetings?|reunions?|organi[sz]ers?|organisateurs?|everyone|everybody|tous|tout le monde)\s", Options, 200)]
    private static partial Regex InviteContext();

    [GeneratedRegex(@"\s(?:remove|clear|delete|drop|erase|no|without|none|supprime[rz]?|retire[rz]?|efface[rz]?|enleve[rz]?|sans|aucun|aucune|plus de|vide[rz]?)\s", Options, 200)]
    private static partial Regex ClearWords();

    [GeneratedRegex(@"\s(?:help (?:link|url|page|site)|(?:lien|page|url|site) (?:d |de l |vers l )?aide)\s", Options, 200)]
    private static partial Regex HelpField();

    [GeneratedRegex(@"zz[qu](?<i>\d+)zz", Options, 200)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?:footer|pied de page)\b.*?\s(?:to|as|en|à|a|:|=|par|with|avec)\s+(?<v>\S.*?)\s*$", Options | RegexOptions.IgnoreCase, 200)]
    private static partial Regex UnquotedFooter();

    [GeneratedRegex(@"\s(?:record\w*|enregistr\w*)\s(?:\w+\s){0,3}?(?:names?|noms?)(?=\s)|\s(?:names?|noms?)\s(?:recording|recordings|enregistres?)(?=\s)", Options, 200)]
    private static partial Regex RecordWords();

    [GeneratedRegex(@"\s(?:announcements?|announce|announcing|entry|entries|exit|exits|joins?|leaves?|annonces?|annoncer|entrees?|sorties?|arrivees?|departs?)(?=\s)", Options, 200)]
    private static partial Regex AnnounceWords();

    [GeneratedRegex(@"\s(?:tones?|beeps?|tonalites?|bips?|signal sonore|sonnerie)\s", Options, 200)]
    private static partial Regex ToneWords();

    [GeneratedRegex(@"\s(?:names?|noms?)\s", Options, 200)]
    private static partial Regex NameWords();

    [GeneratedRegex(@"\s(?:e mails?|emails?|mails?|courriels?)(?=\s)", Options, 200)]
    private static partial Regex EmailWords();

    [GeneratedRegex(@"\s(?:pstn only(?: meetings?)?|start (?:the |their )?meetings? without (?:the |an |their )?organi[sz]ers?|without (?:the |an |their )?organi[sz]ers?|sans (?:l |leur |un )?organisateur|rtc seul\w*|uniquement rtc)(?=\s)", Options, 200)]
    private static partial Regex PstnOnlyWords();

    [GeneratedRegex(@"\s(?:mask\w*|unmask\w*|hide|hidden|masqu\w*|demasqu\w*|cache[rz]?|caches)(?=\s)", Options, 200)]
    private static partial Regex MaskWords();

    [GeneratedRegex(@"\s(?:unmask\w*|demasqu\w*|no masking|aucun masquage|show)\s", Options, 200)]
    private static partial Regex UnmaskWords();

    [GeneratedRegex(@"\s(?:external\w*|externes?|outside|guests?|exterieur\w*)\s", Options, 200)]
    private static partial Regex ExternalWords();

    [GeneratedRegex(@"\s(?:keep|garde[rz]?|laisse[rz]?)\s(?:\w+\s){0,3}?(?:organi[sz]ers?|organisateurs?)\s|\s(?:without moving|sans (?:les )?deplacer|don t move|do not move|ne deplace pas)\s", Options, 200)]
    private static partial Regex KeepOrganizers();

    [GeneratedRegex(@"\s(?:move\w*|deplace\w*)\s(?:\w+\s){0,4}?(?:organi[sz]ers?|organisateurs?|everyone|tout le monde)\s", Options, 200)]
    private static partial Regex MoveOrganizerWords();

    [GeneratedRegex(@"\s(?:from|du|de|depuis)\s", Options, 200)]
    private static partial Regex FromWords();

    [GeneratedRegex(@"\s(?:to|onto|vers|au|sur)\s", Options, 200)]
    private static partial Regex ToWords();

    [GeneratedRegex(@"\s(?:remove|unassign|take off|drop|retire[rz]?|enleve[rz]?|desattribue[rz]?|supprime[rz]?)\s", Options, 200)]
    private static partial Regex RemoveWords();

    [GeneratedRegex(@"\s(?:default|defaut|principal|main)\s", Options, 200)]
    private static partial Regex DefaultWords();

    [GeneratedRegex(@"\s(?:off|disable|disabled|stop|no longer|deactivate|desactive[rz]?|coupe[rz]?|arrete[rz]?|eteins|plus de|don t|do not|dont|not|never|no|pas|jamais|aucun|aucune|without|sans|ne|n)\s", Options, 200)]
    private static partial Regex OffWords();

    [GeneratedRegex(@"\s(?:on|enable|enabled|activate|active[rz]?|allume[rz]?|remets|let|allow|allowed|autorise[rz]?|permets|permettre|laisse[rz]?|yes|oui|use|utilise[rz]?|send|envoie[rz]?|envoyer)\s", Options, 200)]
    private static partial Regex OnWords();
}
