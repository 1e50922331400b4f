using System.Globalization;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>Quantities, amounts and lengths, in digits or words ("three", "trois", "six"), with the number model.</summary>
internal static class NumberSlots
{
    /// <summary>The first positive number not already used by another slot; marks it used.</summary>
    public static decimal? First(SlotContext context, bool integerOnly = true) => FirstHit(context, integerOnly)?.Value;

    /// <summary>Like <see cref="First"/>, with where the number is in the text.</summary>
    public static (decimal Value, int Start, int Length)? FirstHit(SlotContext context, bool integerOnly = true)
    {
        var text = context.Unused();
        foreach (var result in context.Run(context.Models.Number(context.Input.Culture).Parse, text))
        {
            if (result.Resolution?.TryGetValue("value", out var raw) != true
                || !decimal.TryParse(raw?.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                || value <= 0 || (integerOnly && value != decimal.Truncate(value))
                || IsPartOfWord(text, result.Start, result.End))
            {
                continue;
            }

            context.Use(result.Start, result.End - result.Start + 1);
            return (value, result.Start, result.End - result.Start + 1);
        }

        return null;
    }

    // "E5" or "Office 365" are names, not quantities.
    private static bool IsPartOfWord(string text, int start, int end) =>
        (start > 0 && char.IsLetter(text[start - 1])) || (end + 1 < text.Length && char.IsLetter(text[end + 1]) && char.IsDigit(text[end]));
}
