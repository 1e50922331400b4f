using System.Text.RegularExpressions;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// The organisation profile's slots: the name (as typed, case kept), the default country (an ISO code when the
/// catalog knows it, else the words said) and the billing currency (ISO code, else the words said); core validates.
/// </summary>
internal static partial class ProfileSlots
{
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

    [GeneratedRegex(IntentPatterns.NamePhrase, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NameStart();

    [GeneratedRegex(IntentPatterns.CountryPhrase, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CountryStart();

    [GeneratedRegex(IntentPatterns.CurrencyPhrase, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CurrencyStart();

    [GeneratedRegex(@"\s*([,;]|\s(and|with|et|avec)\s+(our|the|its|my|a|notre|la|le|sa|son|une?)\s)|[.!?]\s", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Terminator();
}
