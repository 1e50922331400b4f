using System.Text.RegularExpressions;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// The organisation profile's slots: the name (as typed, case kept), the default country (an ISO code when the
/// catalog knows it, else the words said) and the billing currency (ISO code, else the words said); core validates.
/// </summary>
internal static partial class ProfileSlots
{
    private const string Organisation = @"(company|organi[sz]ation|business|firm|tenant|org|entreprise|societe|boite|compagnie)";

    /// <summary>What comes right before the organisation's name.</summary>
    private const string NamePhrase =
        @"\b(our|my|the)\s+" + Organisation + @"('s)?\s+(name\s+)?(is\s+(now\s+)?called|is\s+(now\s+)?named|should\s+be\s+called|will\s+be\s+called|is(?!\s+(based|located|in|on|not|using|billed|paying|called|named)\b))\s+"
        + @"|\b(set|change|update)\s+(our|the|my)\s+" + Organisation + @"('s)?\s+name\s+(to|as)\s+"
        + @"|\brename\s+(us|(our|the|my)\s+" + Organisation + @")\s+(to|as)\s+|\bwe\s+are\s+(now\s+)?called\s+|\bcall\s+us\s+"
        + @"|\b(notre|mon|ma|l'|la|le)\s*" + Organisation + @"\s+(s'appelle|se\s+nomme|a\s+pour\s+nom|est\s+nommee?|est)\s+(desormais\s+|maintenant\s+)?"
        + @"|\b(le\s+)?nom\s+de\s+(notre|mon|ma|l'|la)\s*" + Organisation + @"\s+(est|sera|devient)\s+(desormais\s+)?"
        + @"|\brenomme\w*\s+(notre|l'|la|mon|ma)\s*" + Organisation + @"\s+(en\s+)?|\bnous\s+nous\s+appelons\s+";

    /// <summary>What comes right before the default country.</summary>
    private const string CountryPhrase =
        @"\bdefault\s+country\s+(is|to|=|:|should\s+be|will\s+be)\s+(the\s+)?"
        + @"|\bpays\s+(par\s+defaut|principal)\s+(est|a|au|aux|en|sur|:|=|devient|sera)\s+(desormais\s+)?(la\s+|le\s+|les\s+|l')?";

    /// <summary>What comes right before the billing currency.</summary>
    private const string CurrencyPhrase =
        @"\b(billing\s+|default\s+)?currency\s+(is|to|=|:|should\s+be|will\s+be)\s+(the\s+)?|\bwe\s+(are\s+)?(pay|paying|billed|invoiced|charged)\s+in\s+(the\s+)?"
        + @"|\bdevise(\s+de\s+facturation)?\s+(est|a|au|en|sur|:|=|devient|sera)\s+(desormais\s+)?(l'|le\s+|la\s+)?|\b(nous\s+payons|nous\s+sommes\s+factures|on\s+paie|on\s+paye)\s+en\s+";

    /// <summary>Fills whichever of name, country and currency the message gives.</summary>
    public static void Fill(SlotContext context)
    {
        var name = ValueAfter(context, NameStart());
        context.Set(SlotNames.OrganisationName, name?.Trim('"', '“', '”', '«', '»', '\'', ' '));
        var country = ValueAfter(context, CountryStart());
        context.Set(SlotNames.Country, country is null ? null : ProfileRules.Country(country) is { IsSuccess: true } iso ? iso.Value : country);
        var currency = ValueAfter(context, CurrencyStart());
        context.Set(SlotNames.Currency, currency is null ? null : ProfileRules.Currency(currency) is { IsSuccess: true } code ? code.Value : currency);
    }

    // The words after the phrase, up to the next part of the sentence ("…, and our currency is EUR").
    private static string? ValueAfter(SlotContext context, Regex start)
    {
        var match = start.Match(context.Folded);
        if (!match.Success)
        {
            return null;
        }

        var from = match.Index + match.Length;
        var rest = context.Folded[from..];
        var end = Terminator().Match(rest) is { Success: true } stop ? stop.Index : rest.Length;
        var value = context.Text.Substring(from, end).Trim().TrimEnd('.', '!', '?', ' ');
        return value.Length == 0 ? null : value;
    }

    [GeneratedRegex(NamePhrase, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NameStart();

    [GeneratedRegex(CountryPhrase, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CountryStart();

    [GeneratedRegex(CurrencyPhrase, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CurrencyStart();

    [GeneratedRegex(@"\s*([,;]|\s(and|with|et|avec)\s+(our|the|its|my|a|notre|la|le|sa|son|une?)\s)|[.!?]\s", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Terminator();
}
