using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Cards.Numbers;
using ChatPhone.Core.Common;
using Attachment = Microsoft.Bot.Schema.Attachment;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>The port form from a CSV file: its numbers read and kept with the bot, the form saying how many and from which file.</summary>
public sealed partial class PortNumbersFlow
{
    /// <summary>"Port these numbers" with a CSV file: its numbers are read (every bad line named) and the form sent for the rest.</summary>
    public async Task FromFileAsync(FlowTurn turn, Attachment attachment, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            // Refused before the file is read.
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var csv = CsvAttachmentReader.IsCsv(attachment) ? await files.ReadAsync(attachment, cancellationToken) : new Error("directory.csv.not_csv");
        if (!csv.IsSuccess)
        {
            await turn.SendTextAsync(csv.Error.Describe(language), cancellationToken);
            return;
        }

        // National numbers without a country column are read in the organisation's country, and shown back in full.
        var profile = await profiles.GetAsync(turn.Actor.Tenant, cancellationToken);
        var (numbers, problems) = PortNumberCsv.Parse(csv.Value, profile.IsSuccess ? profile.Value.Country : null, language);
        var fileName = FileName(attachment);
        if (problems.Count > 0)
        {
            var shown = problems.Take(MaxFileProblemsShown).Append(problems.Count > MaxFileProblemsShown ? BotText.Get(language, "Port_FileMoreProblems", problems.Count - MaxFileProblemsShown) : null);
            await turn.SendTextAsync(BotText.Get(language, "Port_FileProblems", problems.Count, fileName) + "\n" + string.Join("\n", shown.OfType<string>()), cancellationToken);
            return;
        }

        if (numbers.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "Port_NumbersMissing"), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [FileNumbersSlot] = string.Join(',', numbers),
            [FileNameSlot] = fileName,
        });
        await turn.SendTextAsync(BotText.Get(language, "Port_Explain"), cancellationToken);
        await turn.SendCardAsync(PortOrderFormCard.Build(await FirstValuesAsync(turn, cancellationToken), null, planId, key, language, FileOf(numbers, fileName)), cancellationToken);
    }

    private static string FileName(Attachment attachment) =>
        attachment.Name is { Length: > 0 } name ? (name.Length <= 80 ? name : name[..79] + "…") : "CSV";

    private static PortFileNumbers? FileOf(IReadOnlyList<string> numbers, string? fileName) =>
        numbers.Count == 0 || fileName is null ? null : new PortFileNumbers(fileName, numbers.Count, numbers[0], numbers[^1]);

    private static IReadOnlyList<string> FileNumbers(IReadOnlyDictionary<string, string> pending) =>
        pending.GetValueOrDefault(FileNumbersSlot) is { Length: > 0 } joined ? joined.Split(',') : [];
}
