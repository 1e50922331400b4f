using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Objects;

/// <summary>
/// Which existing objects a sentence names: every object whose name (or alias) appears in it as whole words, compared
/// without case or accents, the longest mention first ("Sales EMEA" beats "Sales"). Finding the objects that exist in
/// the text, rather than parsing a name out of the grammar, works for any phrasing in either language.
/// </summary>
public static class ObjectMentions
{
    /// <summary>The objects <paramref name="text"/> names; several when the longest mention fits more than one object.</summary>
    public static IReadOnlyList<NamedObject> Find(string text, IEnumerable<NamedObject> objects)
    {
        var folded = " " + Words(text) + " ";
        var best = 0;
        var found = new List<NamedObject>();
        foreach (var candidate in objects)
        {
            var length = candidate.Aliases.Prepend(candidate.Name)
                .Select(Words)
                .Where(name => name.Length > 0 && folded.Contains(" " + name + " ", StringComparison.Ordinal))
                .Select(name => name.Length)
                .DefaultIfEmpty(0)
                .Max();
            if (length == 0 || length < best)
            {
                continue;
            }

            if (length > best)
            {
                best = length;
                found.Clear();
            }

            found.Add(candidate);
        }

        return found;
    }

    /// <summary>Every object <paramref name="text"/> names (people in "move Lucas and Inès to Contoso Lyon"), in the order given.</summary>
    public static IReadOnlyList<NamedObject> FindAll(string text, IEnumerable<NamedObject> objects)
    {
        var folded = " " + Words(text) + " ";
        return objects
            .Where(o => o.Aliases.Prepend(o.Name).Select(Words).Any(name => name.Length > 0 && folded.Contains(" " + name + " ", StringComparison.Ordinal)))
            .ToArray();
    }

    // Lower case, no accents, punctuation as spaces, single spaces: "Contoso-Lyon (HQ)" and "contoso lyon hq" compare equal.
    private static string Words(string text)
    {
        var folded = TextFolding.Fold(text);
        var chars = folded.Select(c => char.IsLetterOrDigit(c) || c == '@' || c == '.' ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Replace(". ", " ", StringComparison.Ordinal).TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
