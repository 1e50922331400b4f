using System.Globalization;
using System.Text;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>What the voice-app flows share: the admin check, the list of problems, name matching and day names.</summary>
internal static class VoiceAppReplies
{
    /// <summary>True for an admin; otherwise says why not.</summary>
    public static async Task<bool> AdminAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Actor.IsAdmin)
        {
            return true;
        }

        await turn.SendTextAsync(new Error("auth.admin_required").Describe(turn.Language), cancellationToken);
        return false;
    }

    /// <summary>Sends every problem at once under <paramref name="header"/>, one per line.</summary>
    public static Task SendProblemsAsync(FlowTurn turn, string header, IEnumerable<Error> problems, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(header);
        foreach (var problem in problems.Distinct())
        {
            text.Append("\n\n- ").Append(DescribeQueueProblem(problem, turn.Language));
        }

        return turn.SendTextAsync(text.ToString(), cancellationToken);
    }

    /// <summary>
    /// A call queue validator's problem in words: the settings it names ("Users", "DistributionLists") become what an
    /// admin calls them ("agent", "agent de la file").
    /// </summary>
    public static string DescribeQueueProblem(Error problem, Language language)
    {
        var args = problem.Args.Select(arg => QueueFields.TryGetValue(arg, out var key) ? BotText.Get(language, key) : arg).ToArray();
        return new Error(problem.Code, (IReadOnlyList<string>)args).Describe(language);
    }

    private static readonly Dictionary<string, string> QueueFields = new(StringComparer.Ordinal)
    {
        ["Users"] = "CqField_Users",
        ["DistributionLists"] = "CqField_DistributionLists",
        ["ChannelUserObjectId"] = "CqField_ChannelUsers",
    };

    /// <summary>The culture whose calendar names dates and days in <paramref name="language"/>.</summary>
    public static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.French ? "fr-FR" : "en-US");

    /// <summary>Days as runs: "Monday–Friday", "lundi–vendredi", "Monday, Wednesday".</summary>
    public static string Days(IEnumerable<DayOfWeek> days, Language language)
    {
        var names = Culture(language).DateTimeFormat;
        static int Index(DayOfWeek d) => ((int)d + 6) % 7;
        var ordered = days.Distinct().OrderBy(Index).ToArray();
        var runs = new List<string>();
        for (var i = 0; i < ordered.Length;)
        {
            var j = i;
            while (j + 1 < ordered.Length && Index(ordered[j + 1]) == Index(ordered[j]) + 1)
            {
                j++;
            }

            runs.Add(j - i >= 2
                ? $"{names.GetDayName(ordered[i])}–{names.GetDayName(ordered[j])}"
                : string.Join(", ", ordered[i..(j + 1)].Select(names.GetDayName)));
            i = j + 1;
        }

        return string.Join(", ", runs);
    }

    /// <summary>Text without case or accents, words separated by single spaces.</summary>
    public static string Fold(string text)
    {
        var letters = TextFolding.Fold(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', new string(letters.ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True when <paramref name="name"/> appears as whole words in <paramref name="text"/> (both folded).</summary>
    public static bool Mentions(string text, string name)
    {
        var folded = Fold(name);
        return folded.Length > 0 && $" {Fold(text)} ".Contains($" {folded} ", StringComparison.Ordinal);
    }
}
