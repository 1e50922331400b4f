using System.Text.RegularExpressions;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// Phone numbers: candidates from the phone model and from a digit-run pattern (the model misses
/// common formats), each confirmed and normalised to E.164 by libphonenumber. National formats use the
/// country named in the text, else the locale's region.
/// </summary>
internal static partial class PhoneSlots
{
    /// <summary>The valid numbers of the text in order; marks every candidate, valid or not, as used.</summary>
    public static IReadOnlyList<string> FindAll(SlotContext context, string? region)
    {
        var candidates = Digits().Matches(context.Text)
            .Where(m => m.Value.Count(char.IsDigit) >= 7)
            .Select(m => (m.Index, m.Length))
            .ToList();
        foreach (var result in context.Run(context.Models.PhoneNumber.Parse, context.Text))
        {
            if (!candidates.Any(c => result.Start >= c.Index && result.End < c.Index + c.Length))
            {
                candidates.Add((result.Start, result.End - result.Start + 1));
            }
        }

        var numbers = new List<string>();
        foreach (var (index, length) in candidates.OrderBy(c => c.Index))
        {
            context.Use(index, length);
            var parsed = E164Number.TryParse(context.Text.Substring(index, length), region ?? context.Input.DefaultRegion);
            if (parsed.IsSuccess && !numbers.Contains(parsed.Value.Value))
            {
                numbers.Add(parsed.Value.Value);
            }
        }

        return numbers;
    }

    // A '+' or digit, then digits with the separators people type, ending on a digit (7 digits or more: checked by the caller).
    [GeneratedRegex(@"(?<![\w@.])\+?\(?\d[\d\s().\-]{5,24}\d(?![\w@])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Digits();
}
