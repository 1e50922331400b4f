using ChatPhone.Bot.Flows.Common;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Directory;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory.Import;
using Microsoft.Bot.Schema;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Flows.Directory;

/// <summary>
/// Directory import by chat: a CSV attachment yields a plan card; its confirm button applies the
/// import once (per person clicking: a second admin hears who already applied it), cancel discards it.
/// </summary>
public sealed class DirectoryImportFlow(DirectoryImportService imports, CsvAttachmentReader reader) : IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [ApplyDirectoryImportPayload.Verb, CancelDirectoryImportPayload.Verb];

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, System.Text.Json.JsonElement data, CancellationToken cancellationToken)
    {
        if (verb == CancelDirectoryImportPayload.Verb)
        {
            var cancel = CardPayloads.Read<CancelDirectoryImportPayload>(data);
            return cancel.IsSuccess ? await CancelAsync(turn, cancel.Value, cancellationToken) : ActionRouter.Failed(turn, cancel.Error);
        }

        var apply = CardPayloads.Read<ApplyDirectoryImportPayload>(data);
        return apply.IsSuccess ? await ApplyAsync(turn, apply.Value, cancellationToken) : ActionRouter.Failed(turn, apply.Error);
    }

    /// <summary>Reads the attached CSV and answers with the plan card.</summary>
    public async Task PlanAsync(FlowTurn turn, Attachment attachment, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            // Refuse before touching the attachment; core audits the refusal.
            var refused = await imports.PlanAsync(new PlanDirectoryImport(turn.Actor, string.Empty), cancellationToken);
            await turn.SendTextAsync(refused.Error!.Describe(language), cancellationToken);
            return;
        }

        var csv = CsvAttachmentReader.IsCsv(attachment)
            ? await reader.ReadAsync(attachment, cancellationToken)
            : new Error("directory.csv.not_csv");
        var plan = csv.IsSuccess
            ? await imports.PlanAsync(new PlanDirectoryImport(turn.Actor, csv.Value), cancellationToken)
            : csv.Error;
        if (!plan.IsSuccess)
        {
            await turn.SendTextAsync(plan.Error.Describe(language), cancellationToken);
            return;
        }

        await turn.SendCardAsync(ImportPlanCard.Build(plan.Value, language, IdempotencyKey.New().Value), cancellationToken);
    }

    /// <summary>Applies the import named by the clicked card.</summary>
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, ApplyDirectoryImportPayload payload, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        // The card's key plus the clicker: a redelivered click replays, another admin's click is refused as already done.
        var key = IdempotencyKey.TryCreate($"{payload.IdempotencyKey}:{turn.Actor.UserId}");
        var outcome = key.IsSuccess
            ? await imports.ApplyAsync(new ApplyDirectoryImport(turn.Actor, payload.ImportId, key.Value), cancellationToken)
            : key.Error;
        if (!outcome.IsSuccess)
        {
            return new ActionResult(outcome.Error.Describe(language));
        }

        var done = outcome.Value;
        var text = BotText.Get(language, "Import_Applied", done.Created, done.Updated, done.Unchanged);
        return new ActionResult(text, ImportResultCard.Build(done, turn.Actor.DisplayName, language));
    }

    /// <summary>Discards the import named by the clicked card.</summary>
    public async Task<ActionResult> CancelAsync(FlowTurn turn, CancelDirectoryImportPayload payload, CancellationToken cancellationToken)
    {
        var discarded = await imports.DiscardAsync(new DiscardDirectoryImport(turn.Actor, payload.ImportId), cancellationToken);
        return new ActionResult(discarded.IsSuccess
            ? BotText.Get(turn.Language, "Import_Cancelled")
            : discarded.Error.Describe(turn.Language));
    }
}
