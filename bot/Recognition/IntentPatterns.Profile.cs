using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// The organisation profile's phrases: saying the organisation's name, default country or billing currency (any
/// of them, in one sentence or several), and asking to see the profile. Each phrase ends where its value starts,
/// so the slots are read from the same match (see <see cref="Slots.ProfileSlots"/>).
/// </summary>
internal static partial class IntentPatterns
{
    private const string Organisation = @"(company|organi[sz]ation|business|firm|tenant|org|entreprise|societe|boite|compagnie)";

    /// <summary>What comes right before the organisation's name.</summary>
    internal const string NamePhrase =
        @"\b(our|my|the)\s+" + Organisation + @"('s)?\s+(name\s+)?(is\s+(now\s+)?called|is\s+(now\s+)?named|should\s+be\s+called|will\s+be\s+called|is(?!\s+(based|located|in|on|not|using|billed|paying|called|named)\b))\s+"
        + @"|\b(set|change|update)\s+(our|the|my)\s+" + Organisation + @"('s)?\s+name\s+(to|as)\s+"
        + @"|\brename\s+(us|(our|the|my)\s+" + Organisation + @")\s+(to|as)\s+|\bwe\s+are\s+(now\s+)?called\s+|\bcall\s+us\s+"
        + @"|\b(notre|mon|ma|l'|la|le)\s*" + Organisation + @"\s+(s'appelle|se\s+nomme|a\s+pour\s+nom|est\s+nommee?|est)\s+(desormais\s+|maintenant\s+)?"
        + @"|\b(le\s+)?nom\s+de\s+(notre|mon|ma|l'|la)\s*" + Organisation + @"\s+(est|sera|devient)\s+(desormais\s+)?"
        + @"|\brenomme\w*\s+(notre|l'|la|mon|ma)\s*" + Organisation + @"\s+(en\s+)?|\bnous\s+nous\s+appelons\s+";

    /// <summary>What comes right before the default country.</summary>
    internal const string CountryPhrase =
        @"\bdefault\s+country\s+(is|to|=|:|should\s+be|will\s+be)\s+(the\s+)?"
        + @"|\bpays\s+(par\s+defaut|principal)\s+(est|a|au|aux|en|sur|:|=|devient|sera)\s+(desormais\s+)?(la\s+|le\s+|les\s+|l')?";

    /// <summary>What comes right before the billing currency.</summary>
    internal const string CurrencyPhrase =
        @"\b(billing\s+|default\s+)?currency\s+(is|to|=|:|should\s+be|will\s+be)\s+(the\s+)?|\bwe\s+(are\s+)?(pay|paying|billed|invoiced|charged)\s+in\s+(the\s+)?"
        + @"|\bdevise(\s+de\s+facturation)?\s+(est|a|au|en|sur|:|=|devient|sera)\s+(desormais\s+)?(l'|le\s+|la\s+)?|\b(nous\s+payons|nous\s+sommes\s+factures|on\s+paie|on\s+paye)\s+en\s+";

    [GeneratedRegex(NamePhrase + "|" + CountryPhrase + "|" + CurrencyPhrase, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SetOrganisationProfile();

    [GeneratedRegex(@"\b(show|display|see|view|what('s| is)|get|open)\b.*\b" + Organisation + @"('s)?\s+(profile|settings|details)\b"
        + @"|^\s*" + Organisation + @"\s+profile[\s.?!]*$"
        + @"|\b(affiche\w*|montre\w*|voir|quel\w*|ouvre\w*)\b.*\bprofil\s+(de\s+)?(l'|notre\s+|mon\s+|ma\s+|la\s+)?" + Organisation + @"\b"
        + @"|^\s*profil\s+(de\s+)?(l'|notre\s+)?" + Organisation + @"[\s.?!]*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ShowOrganisationProfile();
}
