using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Audit;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Audit;

/// <summary>
/// "undo the last change": undoing by chat does not exist yet (issue 17), so this shows the person's own most recent
/// change from the audit trail, says plainly that nothing was undone, and names the chat command that reverses it when
/// there is one. A read: whoever may see the audit trail (helpdesk and admins; core refuses everyone else).
/// </summary>
public sealed class UndoFlow(AuditQueryService audit, UndoSuggestions suggestions, TimeProvider clock) : IIntentFlow
{
    /// <summary>How far back a person's last change is looked for.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(30);

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.Undo];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var now = clock.GetUtcNow();
        var entries = await audit.QueryAsync(
            new AuditQuery(turn.Actor, now - LookBack, now, ActorId: turn.Actor.UserId, Limit: AuditQuery.MaxLimit), cancellationToken);
        if (!entries.IsSuccess)
        {
            await turn.SendTextAsync(entries.Error.Describe(language), cancellationToken);
            return;
        }

        // One command writes one entry per document it changed, all at the same instant under the same action.
        var applied = entries.Value.Where(e => e.Outcome == AuditOutcome.Applied).ToArray();
        if (applied.Length == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "Undo_NoChange", (int)LookBack.TotalDays), cancellationToken);
            return;
        }

        var last = applied[0];
        var change = applied.Where(e => e.At == last.At && e.Action == last.Action).ToArray();
        var culture = language.Culture();
        var reverse = await suggestions.ForAsync(turn.Actor, change, language, cancellationToken);
        var text = string.Join(" ",
            BotText.Get(language, "Undo_LastChange", last.At.ToString("g", culture), last.Action),
            BotText.Get(language, "Undo_NotYet"),
            reverse is null ? BotText.Get(language, "Undo_NoReverse") : BotText.Get(language, "Undo_ReverseWith", reverse));
        await turn.SendTextAsync(text, cancellationToken);
        await turn.SendCardAsync(AuditCard.Build(change, language), cancellationToken);
    }
}
