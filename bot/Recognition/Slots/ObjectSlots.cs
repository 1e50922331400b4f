using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// Which kind of object a list/show/change/remove sentence is about, from the words that name kinds in English and
/// French ("queue", "file d'attente", "AA", "standard", "emplacement"…). When several kinds are named, the most specific
/// wins: "the resource account of the Sales queue" is about the account, "the Christmas holiday of the Main line AA"
/// about the holiday, "the 3rd floor location of Contoso Paris" about the location. What the object is called is found
/// by the flow among the objects that exist, not here.
/// </summary>
internal static partial class ObjectSlots
{
    // Most specific first: a kind listed earlier wins when both are named.
    private static readonly (ObjectKind Kind, Regex Words)[] Kinds =
    [
        (ObjectKind.PortOrder, PortOrderWords()),
        (ObjectKind.NumberOrder, NumberOrderWords()),
        (ObjectKind.HelpdeskChannel, HelpdeskChannelWords()),
        (ObjectKind.Ticket, TicketWords()),
        (ObjectKind.ConferenceBridge, BridgeWords()),
        (ObjectKind.Credits, CreditsWords()),
        (ObjectKind.ResourceAccount, ResourceAccountWords()),
        (ObjectKind.Subscription, SubscriptionWords()),
        (ObjectKind.Holiday, HolidayWords()),
        (ObjectKind.EmergencyLocation, LocationWords()),
        (ObjectKind.EmergencyAddress, AddressWords()),
        (ObjectKind.AutoAttendant, AutoAttendantWords()),
        (ObjectKind.CallQueue, CallQueueWords()),
        (ObjectKind.PhoneNumber, PhoneNumberWords()),
        (ObjectKind.Person, PeopleWords()),
    ];

    /// <summary>Sets "objectKind" when the sentence names a kind.</summary>
    public static void Fill(SlotContext context)
    {
        if (Find(context.Folded) is { } kind)
        {
            context.Set(SlotNames.ObjectKind, kind.ToString());
        }
    }

    /// <summary>The kind <paramref name="folded"/> (lower case, no accents) names, if any.</summary>
    public static ObjectKind? Find(string folded)
    {
        foreach (var (kind, words) in Kinds)
        {
            if (words.IsMatch(folded))
            {
                return kind;
            }
        }

        return null;
    }

    // People, never "user numbers" (a phone number word wins, listed before) nor a license's holders.
    [GeneratedRegex(@"\b(people|persons|users|staff|employees|directory|annuaire|utilisateurs|personnes|employes|collaborateurs|salaries|membres de l'annuaire)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex PeopleWords();

    [GeneratedRegex(@"\b(resource accounts?|comptes? de ressources?|comptes? ressources?|ras?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ResourceAccountWords();

    [GeneratedRegex(@"\b(holidays?|jours? feries?|feries?|fermetures? (exceptionnelles?|annuelles?)|closures?|bank holidays?|public holidays?|conges?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex HolidayWords();

    [GeneratedRegex(@"\b(locations?|emplacements?|lieux?|erls?|floors?|etages?|batiments?|buildings?|wings?|ailes?|rooms?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LocationWords();

    [GeneratedRegex(@"\b(addresses|address|adresses?|adresse civique|civic address(es)?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AddressWords();

    [GeneratedRegex(@"\b(auto ?attendants?|aas?|ivrs?|svi|standards? automatiques?|standardistes? automatiques?|accueils? (telephoniques?|automatiques?)|standard)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AutoAttendantWords();

    [GeneratedRegex(@"\b(call queues?|queues?|cqs?|files? d'attente|files? d'appels?|files?|hunt groups?|groupes? d'appels?|groupes? de reponse)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CallQueueWords();

    [GeneratedRegex(@"\b(port orders?|porting( orders?| requests?)?|ports? of numbers|number ports?|portages?|portabilites?|transferts? de numeros?|demandes? de portage|(mon|le|ce|du|au) transfert)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex PortOrderWords();

    [GeneratedRegex(@"\b(number orders?|orders?|number requests?|requests? for (new )?numbers|commandes?|demandes? de (nouveaux )?numeros?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NumberOrderWords();

    [GeneratedRegex(@"\b(helpdesk channel|support channel|channel of the helpdesk|canal (du |de l'|d')?(helpdesk|support|assistance)|canal)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex HelpdeskChannelWords();

    [GeneratedRegex(@"\b(tickets?|incidents?|demandes? d'assistance|signalements?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex TicketWords();

    [GeneratedRegex(@"\b(bridges?|conference bridges?|conferencing bridges?|ponts?( de conferences?| audio)?|audio ?conferencing|conferences? audio|audioconferences?|dial-?in( numbers?)?|numeros? d'acces|numeros? de conferences?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex BridgeWords();

    [GeneratedRegex(@"\b(credits?|communications? credits?|credits? de communications?|auto[- ]?recharges?|recharges? automatiques?|rechargements? automatiques?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CreditsWords();

    [GeneratedRegex(@"\b(licen[cs]es?|subscriptions?|abonnements?|skus?|calling plans?|forfaits?( d'appels?)?|teams phone)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SubscriptionWords();

    [GeneratedRegex(@"(\b(phone numbers?|numbers?|numeros?( de telephone)?|service numbers?|toll-? ?free|lignes? (directes?|telephoniques?))\b|\+\d)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex PhoneNumberWords();
}
