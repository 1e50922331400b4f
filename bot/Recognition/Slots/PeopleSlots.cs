using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// People, as typed (a name or a UPN): what is left once commands, slots already read and function words
/// are set aside. Consecutive words make one person ("Alex Martin"); commas, "and", "et" separate people.
/// UPNs come from the e-mail model. The flow resolves each against the directory.
/// </summary>
internal static partial class PeopleSlots
{
    private static readonly HashSet<string> Ignored =
    [
        // English
        "please", "can", "could", "you", "assign", "give", "grant", "set", "to", "for", "an", "the", "and", "also",
        "license", "licenses", "licence", "licences", "plan", "plans", "number", "numbers", "phone", "user", "users",
        "with", "agents", "agent", "members", "member", "their", "his", "her", "them", "new", "both", "of", "as", "is",
        "remove", "unassign", "from", "take", "away", "back", "detach", "release", "me", "my", "each", "it",
        // French
        "attribue", "attribuer", "attribuez", "affecte", "affecter", "affectez", "donne", "donner", "donnez", "assigne",
        "assigner", "accorde", "accorder", "peux", "tu", "pourrais", "stp", "svp", "merci", "a", "au", "aux", "pour",
        "et", "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "son", "sa", "ses", "leur", "leurs", "avec",
        "numero", "numeros", "utilisateur", "utilisateurs", "membres", "aussi", "retire", "retirer", "enleve", "enlever",
        "desattribue", "desattribuer", "moi", "chacun",
    ];

    /// <summary>
    /// Sets "person" (one) or "people" (several, comma-separated) from <paramref name="start"/> on;
    /// returns how many were found.
    /// </summary>
    public static int Fill(SlotContext context, int start = 0)
    {
        var emails = context.Run(context.Models.Email.Parse, context.Text).Where(e => e.Start >= start && !context.IsUsed(e.Start)).ToArray();
        var people = new List<string>();
        var current = new List<string>();
        foreach (Match token in Tokens().Matches(context.Text[start..]))
        {
            var index = token.Index + start;
            if (emails.FirstOrDefault(e => index >= e.Start && index <= e.End) is { } email)
            {
                Flush(current, people);
                if (index == email.Start)
                {
                    people.Add(context.Text.Substring(email.Start, email.End - email.Start + 1));
                }

                continue;
            }

            var word = token.Value.Trim('.', '\'', '"', '@');
            var folded = RecognitionInput.Fold(word);
            var isSeparator = token.Value is "," or ";" or "&" || folded is "and" or "et" or "or" or "ou"
                || context.IsUsed(index) || Ignored.Contains(folded) || word.Length == 0 || word.Any(char.IsDigit) && !word.Contains('@');
            if (isSeparator)
            {
                Flush(current, people);
                continue;
            }

            current.Add(word);
        }

        Flush(current, people);
        if (people.Count == 1)
        {
            context.Set(SlotNames.Person, people[0]);
        }
        else if (people.Count > 1)
        {
            context.Set(SlotNames.People, string.Join(",", people));
        }

        return people.Count;
    }

    private static void Flush(List<string> current, List<string> people)
    {
        if (current.Count > 0)
        {
            people.Add(string.Join(' ', current));
            current.Clear();
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}@._'\-]+|[,;&]", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Tokens();
}
