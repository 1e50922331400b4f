using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// The name given to a new thing: after "named"/"called"/"nommé"/"appelé", else right after the thing
/// ("call queue Sales, …", "jour férié Noël le 25 décembre"), up to a comma or a word that starts another slot.
/// </summary>
internal static partial class NameSlots
{
    /// <summary>Sets "name" from the text after <paramref name="thing"/> (a folded pattern); returns where the name ends.</summary>
    public static int Fill(SlotContext context, Regex thing)
    {
        var named = Named().Match(context.Folded);
        var after = named.Success ? named : thing.Match(context.Folded);
        if (!after.Success)
        {
            return 0;
        }

        var start = after.Index + after.Length;
        var rest = context.Folded[start..];
        var stop = Stop().Match(rest);
        var end = start + (stop.Success ? stop.Index : rest.Length);
        var name = context.Text[start..end].Trim().Trim('"', '\'', '«', '»', '“', '”', ':', '.', '!', '?').Trim();
        if (name.Length > 0 && !Article().IsMatch(RecognitionInput.Fold(name)))
        {
            context.Use(start, end - start);
            context.Set(SlotNames.Name, name);
        }

        return end;
    }

    [GeneratedRegex(@"\b(named|called|nommee?s?|appelee?s?|intitulee?s?)\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Named();

    // Where a name stops: punctuation, or a word that starts another slot.
    [GeneratedRegex(@"[,;(]|(^|\s)(on|le|for|pour|with|avec|open|ouvert|ouverte|from|du|de \d|at|a \d|routing|agents?|membres?|in|en|to|au|using|qui|that|which)\b|[.!?]\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Stop();

    [GeneratedRegex(@"^(for|pour|to|a|au|the|le|la|with|avec|on)$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Article();
}
