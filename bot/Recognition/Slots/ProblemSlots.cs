using System.Text.RegularExpressions;
using ChatPhone.Core.Triage;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// The slots of a problem report or a setup check: the symptom, the queue or number it is about, and the person
/// when it is someone else ("Alex can't call out", "check Alex's phone setup", "vérifie la configuration d'Alex").
/// A report about someone else becomes a setup check of that person.
/// </summary>
internal static partial class ProblemSlots
{
    /// <summary>Fills a problem report; returns CheckPhoneSetup when its subject is another person.</summary>
    public static IntentKind FillReport(SlotContext context)
    {
        var symptom = ProblemWords.SymptomOf(context.Folded);
        context.Set(SlotNames.Symptom, (symptom ?? Symptom.General).ToString());
        FillDetails(context, symptom);
        if (Subject(context) is not { } person)
        {
            return IntentKind.ReportProblem;
        }

        context.Set(SlotNames.Person, person);
        if (symptom is null)
        {
            context.Slots.Remove(SlotNames.Symptom);
        }

        return IntentKind.CheckPhoneSetup;
    }

    /// <summary>Fills a setup check: the person (none means oneself) and the symptom when one is named.</summary>
    public static void FillCheck(SlotContext context)
    {
        var symptom = ProblemWords.SymptomOf(context.Folded);
        if (symptom is not null)
        {
            context.Set(SlotNames.Symptom, symptom.ToString());
        }

        FillDetails(context, symptom);
        var email = context.Run(context.Models.Email.Parse, context.Text).FirstOrDefault(e => !context.IsUsed(e.Start));
        context.Set(SlotNames.Person, email is not null ? context.Text.Substring(email.Start, email.End - email.Start + 1) : Name(context, Words(context)));
    }

    private static void FillDetails(SlotContext context, Symptom? symptom)
    {
        context.Set(SlotNames.PhoneNumber, PhoneSlots.FindAll(context, null).FirstOrDefault());
        if (symptom == Symptom.QueueCalls)
        {
            context.Set(SlotNames.Queue, QueueName(context));
        }
    }

    // The person a report is about: the words right before its negation ("Alex Wilber can't…", "Lucas ne peut pas…"),
    // or the owner of the phone in "Sam's phone doesn't ring".
    private static string? Subject(SlotContext context)
    {
        var marker = SubjectEnd().Match(context.Folded);
        if (!marker.Success)
        {
            return null;
        }

        var before = Words(context).Where(w => w.Start < marker.Index).ToList();
        if (before.Count == 0)
        {
            return null;
        }

        var last = before.Count - 1;
        var possessive = before.FindLastIndex(w => w.Possessive);
        if (!before[last].IsName && possessive >= 0 && before.Skip(possessive + 1).All(w => !w.IsName))
        {
            last = possessive;
        }

        if (!before[last].IsName)
        {
            return null;
        }

        var first = last;
        while (first > 0 && last - first < 3 && before[first - 1].IsName && !before[first - 1].Possessive && !before[first].AfterPunctuation)
        {
            first--;
        }

        return Join(context, before[first..(last + 1)]);
    }

    // The first run of name words (at most four) in the message.
    private static string? Name(SlotContext context, IReadOnlyList<Word> words)
    {
        var start = words.ToList().FindIndex(w => w.IsName);
        if (start < 0)
        {
            return null;
        }

        var run = new List<Word> { words[start] };
        for (var i = start + 1; i < words.Count && run.Count < 4 && !run[^1].Possessive && words[i].IsName && !words[i].AfterPunctuation; i++)
        {
            run.Add(words[i]);
        }

        return Join(context, run);
    }

    private static string Join(SlotContext context, List<Word> run) =>
        context.Text[run[0].Start..run[^1].End];

    // The queue a report names: "the queue Sales", "la file d'attente Ventes", or "the Sales queue".
    private static string? QueueName(SlotContext context)
    {
        foreach (var match in new[] { QueueThenName().Match(context.Folded), NameThenQueue().Match(context.Folded) }.Where(m => m.Success))
        {
            var group = match.Groups["n"];
            var words = Words(context).Where(w => w.Start >= group.Index && w.End <= group.Index + group.Length)
                .SkipWhile(w => IsQueueStop(context, w)).TakeWhile(w => !IsQueueStop(context, w)).ToList();
            if (words.Count > 0)
            {
                context.Use(words[0].Start, words[^1].End - words[0].Start);
                return Join(context, words);
            }
        }

        return null;
    }

    /// <summary>The words of the message: where each name part starts and ends in the text, without elision or possessive.</summary>
    private static IReadOnlyList<Word> Words(SlotContext context)
    {
        var words = new List<Word>();
        var previousEnd = 0;
        foreach (Match token in Token().Matches(context.Folded))
        {
            var text = token.Value.TrimEnd('.', '\'');
            var start = token.Index;
            if (Elision().Match(text) is { Success: true } elided && elided.Length < text.Length)
            {
                start += elided.Length;
                text = text[elided.Length..];
            }

            var possessive = text.EndsWith("'s", StringComparison.Ordinal) && text.Length > 2;
            var name = possessive ? text[..^2] : text;
            var gap = context.Folded[previousEnd..token.Index];
            // A person is named with a capital or by address: "est-ce que ma ligne est en panne ?" names nobody.
            var isName = name.Length > 1 && !ProblemWords.NotNames.Contains(name) && !ProblemWords.NotNames.Contains(text)
                && (!name.Any(char.IsDigit) || name.Contains('@')) && !context.IsUsed(start)
                && (char.IsUpper(context.Text[start]) || name.Contains('@'));
            words.Add(new Word(start, start + name.Length, isName, possessive, gap.IndexOfAny([',', ';', '.', '!', '?']) >= 0));
            previousEnd = token.Index + token.Length;
        }

        return words;
    }

    private static bool IsQueueStop(SlotContext context, Word word) =>
        ProblemWords.NotQueueNames.Contains(context.Folded[word.Start..word.End]);

    private sealed record Word(int Start, int End, bool IsName, bool Possessive, bool AfterPunctuation);

    [GeneratedRegex(@"[\p{L}\p{N}@._'\-]+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(d|l|qu|j|m|n|s|t)'", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Elision();

    [GeneratedRegex(@"\b(can't|cant|cannot|can not|couldn't|couldnt|could not|doesn't|doesnt|does not|don't|dont|do not|isn't|isnt|is not|won't|wont|hasn't|has no|has not|didn't|didnt|is unable|ne)\b|\bn'", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SubjectEnd();

    [GeneratedRegex(@"\b(call queue|queue|files? d'attente|files? d'appels)\s+(?<n>[\p{L}\p{N}][\p{L}\p{N}'\-]*(\s+[\p{L}\p{N}][\p{L}\p{N}'\-]*)?)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex QueueThenName();

    [GeneratedRegex(@"(?<n>[\p{L}\p{N}][\p{L}\p{N}'\-]*(\s+[\p{L}\p{N}][\p{L}\p{N}'\-]*)?)\s+(call\s+)?queue\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NameThenQueue();
}
