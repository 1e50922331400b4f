using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Directory;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory.Import;

namespace ChatPhone.Bot.Flows.Directory;

/// <summary>
/// "Sync the directory from Microsoft 365" / « synchronise l’annuaire avec Microsoft 365 » (admins): in a tenant
/// connected to Microsoft 365, the people are read from Graph into the same plan card a CSV import gives (new, updated,
/// unchanged, problems), applied by its Confirm through <see cref="DirectoryImportFlow"/>. A tenant that is not connected
/// is told how to connect it, and that a CSV import does the same meanwhile. It shows progress while Graph pages in.
/// </summary>
public sealed class DirectorySyncFlow(DirectoryImportService imports) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.SyncDirectory];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (turn.Actor.IsAdmin && imports.HasSource(turn.Actor))
        {
            await turn.SendTextAsync(BotText.Get(language, "Sync_Reading"), cancellationToken);
        }

        var plan = await imports.PlanSyncAsync(new PlanDirectorySync(turn.Actor), cancellationToken);
        if (!plan.IsSuccess)
        {
            await turn.SendTextAsync(plan.Error.Describe(language), cancellationToken);
            return;
        }

        await turn.SendCardAsync(ImportPlanCard.Build(plan.Value, language, IdempotencyKey.New().Value), cancellationToken);
    }
}
