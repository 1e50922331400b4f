using System.Collections.Frozen;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Tenants;

/// <summary>What a profile accepts: a trimmed name of 1–64 characters, a country the availability catalog knows, a supported currency.</summary>
public static class ProfileRules
{
    /// <summary>The longest organisation name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>The billing currencies accepted (ISO 4217), those Microsoft bills Teams Phone in most often.</summary>
    public static readonly IReadOnlyList<string> Currencies = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "NZD", "SEK", "NOK", "DKK", "INR", "BRL", "MXN", "SGD"];

    // Names and symbols people use for a currency (folded: lower case, no accents), in English and French.
    private static readonly FrozenDictionary<string, string> CurrencyNames = new Dictionary<string, string>
    {
        ["$"] = "USD", ["us$"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["us dollars"] = "USD", ["american dollars"] = "USD", ["dollars americains"] = "USD", ["dollar americain"] = "USD",
        ["€"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR",
        ["£"] = "GBP", ["pound"] = "GBP", ["pounds"] = "GBP", ["pounds sterling"] = "GBP", ["sterling"] = "GBP", ["livre sterling"] = "GBP", ["livres sterling"] = "GBP", ["livres"] = "GBP",
        ["canadian dollars"] = "CAD", ["canadian dollar"] = "CAD", ["dollars canadiens"] = "CAD", ["dollar canadien"] = "CAD",
        ["australian dollars"] = "AUD", ["australian dollar"] = "AUD", ["dollars australiens"] = "AUD", ["dollar australien"] = "AUD",
        ["swiss francs"] = "CHF", ["swiss franc"] = "CHF", ["francs suisses"] = "CHF", ["franc suisse"] = "CHF",
        ["yen"] = "JPY", ["yens"] = "JPY", ["japanese yen"] = "JPY", ["¥"] = "JPY",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The trimmed name, or <c>profile.name_invalid</c>.</summary>
    public static Result<string> Name(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is >= 1 and <= MaxNameLength && !trimmed.Any(char.IsControl)
            ? trimmed
            : new Error("profile.name_invalid", MaxNameLength);
    }

    /// <summary>The ISO code of the country <paramref name="text"/> names (code, English or French name), or <c>availability.unknown_country</c>.</summary>
    public static Result<string> Country(string text)
    {
        var found = AvailabilityCatalog.Default.Find(text);
        return found.IsSuccess ? found.Value.Iso : found.Error;
    }

    /// <summary>The ISO 4217 code of <paramref name="text"/> ("EUR", "euros", "€"), or <c>profile.currency_unknown</c>.</summary>
    public static Result<string> Currency(string text)
    {
        var key = Folded(text);
        if (key.Length == 3 && Currencies.Contains(key.ToUpperInvariant()))
        {
            return key.ToUpperInvariant();
        }

        return CurrencyNames.TryGetValue(key, out var code)
            ? code
            : new Error("profile.currency_unknown", text.Trim().Length > 20 ? text.Trim()[..20] + "…" : text.Trim(), string.Join(", ", Currencies));
    }

    private static string Folded(string text) =>
        new string(text.Trim().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();
}
