using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Common;

/// <summary>Capped lists, so a card stays under the 28 KB Teams message ceiling whatever the data.</summary>
internal static class CardLists
{
    /// <summary>Up to <paramref name="max"/> bullet lines, then "…and N more".</summary>
    public static IEnumerable<CardElement> Bullets(IReadOnlyCollection<string> lines, int max, Language language)
    {
        foreach (var line in lines.Take(max))
        {
            yield return new TextBlock("• " + line);
        }

        if (lines.Count > max)
        {
            yield return More(lines.Count - max, language);
        }
    }

    /// <summary>The "…and N more" line.</summary>
    public static TextBlock More(int count, Language language) =>
        new(CardText.Get(language, "Common_More", count.ToString("N0", language.Culture()))) { Subtle = true };

    /// <summary>Text cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
