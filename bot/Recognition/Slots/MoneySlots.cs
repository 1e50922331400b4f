using System.Text.RegularExpressions;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// Amounts of money and the currency written next to them ("$50", "50 €", "cinquante euros", "EUR 20"): the currency
/// is an ISO 4217 code, read from the symbol or word right before or after the number, and only when one is written
/// (the flow compares it with the billing currency; nothing here guesses one).
/// </summary>
internal static partial class MoneySlots
{
    private const int MaxAmounts = 4;

    /// <summary>"add $50 of credits": amount, and currency when written.</summary>
    public static void FillFunding(SlotContext context)
    {
        if (NumberSlots.FirstHit(context, integerOnly: false) is { } hit)
        {
            context.Set(SlotNames.Amount, hit.Value);
            context.Set(SlotNames.Currency, CurrencyNear(context, hit.Start, hit.Length));
        }
    }

    /// <summary>
    /// "add 20 € when the balance drops below 5 €": threshold (the number after below/under/sous…), amount (the other
    /// one) and currency; "turn off auto-recharge": enabled=false.
    /// </summary>
    public static void FillAutoRecharge(SlotContext context)
    {
        if (Off().IsMatch(context.Folded))
        {
            context.Set(SlotNames.Enabled, "false");
            return;
        }

        // Each number read is marked used, so the loop ends; the cap only bounds a message full of numbers.
        var currencies = new List<string>();
        for (var read = 0; read < MaxAmounts && NumberSlots.FirstHit(context, integerOnly: false) is { } hit; read++)
        {
            var isThreshold = Below().IsMatch(context.Folded[..hit.Start]);
            context.Set(isThreshold ? SlotNames.Threshold : SlotNames.Amount, hit.Value);
            if (CurrencyNear(context, hit.Start, hit.Length) is { } currency && !currencies.Contains(currency))
            {
                currencies.Add(currency);
            }
        }

        // Two currencies in one sentence ("20 € … below $5") are both kept, so the flow refuses whichever is not billed.
        context.Set(SlotNames.Currency, string.Join(",", currencies));
    }

    // The symbol or word touching the number, after it first ("50 €", "50 euros"), then before it ("$50", "EUR 20").
    private static string? CurrencyNear(SlotContext context, int start, int length)
    {
        var after = AfterWord().Match(context.Text[(start + length)..]);
        var before = BeforeWord().Match(context.Text[..start]);
        foreach (var word in new[] { after, before }.Where(m => m.Success).Select(m => m.Groups["word"]))
        {
            if (ProfileRules.Currency(word.Value) is { IsSuccess: true } code)
            {
                return code.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?<word>[$€£¥]|\p{L}+)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AfterWord();

    [GeneratedRegex(@"(?<word>[$€£¥]|\p{L}+)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex BeforeWord();

    // Right before the trigger amount, a currency symbol aside: "drops below $5", "sous 5 €", "en dessous de 10".
    [GeneratedRegex(@"\b(below|under|less than|lower than|beneath|sous|en dessous de|au dessous de|inferieure? a|moins de)\s*[$€£¥]?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Below();

    [GeneratedRegex(@"\b(turn off|switch off|disable|deactivate|stop|cancel|desactive\w*|arrete\w*|coupe\w*|supprime\w*|annule\w*)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Off();
}
