using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// "add Alex and Sam to the Sales queue", "ajoute Chloé et Inès à la file Support": the queue's name (as typed,
/// before "queue" or after "call queue"/"file") and the people before it, with the <see cref="PeopleSlots"/> rules.
/// </summary>
internal static partial class QueueSlots
{
    /// <summary>Sets "name" (the queue) and "person" or "people".</summary>
    public static void FillAgents(SlotContext context)
    {
        var verb = Verb().Match(context.Folded);
        var from = verb.Success ? verb.Index + verb.Length : 0;
        if (verb.Success)
        {
            context.Use(verb.Index, verb.Length);
        }

        if (Queue().Match(context.Folded, from) is { Success: true } queue)
        {
            var name = queue.Groups["before"].Success ? queue.Groups["before"] : queue.Groups["after"];
            context.Set(SlotNames.Name, context.Text.Substring(name.Index, name.Length).Trim().Trim('"', '“', '”', '«', '»', '\'').Trim());
            context.Use(queue.Index, context.Text.Length - queue.Index);
        }

        PeopleSlots.Fill(context, from);
    }

    [GeneratedRegex(@"\b(add|put|include|ajoute\w*|ajouter|mets|mettre)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Verb();

    // The queue part runs to the end: "to the Sales queue", "to the call queue Sales", "à la file d'attente Support".
    [GeneratedRegex(@"\s(to|in|into|of|a|au|dans|de|du)\s+(the |la |le |l')?((call queue|queue|file d'attente|file d'appels|file)\s+(?<after>[^,;.!?]+?)|(?<before>[^\s,;.!?]+)\s+(call queue|queue))\s*([.!?]\s*)?$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Queue();
}
