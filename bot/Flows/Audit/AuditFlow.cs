using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Audit;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Audit;

/// <summary>
/// "who changed what yesterday": the audit trail of the days named (the last seven days when none is),
/// newest first. A read: admins and helpdesk see it at once; core refuses everyone else.
/// </summary>
public sealed class AuditFlow(AuditQueryService audit, TimeProvider clock) : IIntentFlow
{
    /// <summary>The span shown when the message names no day.</summary>
    public static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(7);

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.ShowAudit];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var from = Day(intent.Slots.GetValueOrDefault(SlotNames.From));
        var to = Day(intent.Slots.GetValueOrDefault(SlotNames.To));
        var start = from ?? (to is { } t ? t : now - DefaultSpan);
        var end = to is { } last ? last.AddDays(1).AddTicks(-1) : from is { } first ? first.AddDays(1).AddTicks(-1) : now;

        var entries = await audit.QueryAsync(new AuditQuery(turn.Actor, start, end), cancellationToken);
        if (!entries.IsSuccess)
        {
            await turn.SendTextAsync(entries.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var culture = turn.Language.Culture();
        await turn.SendTextAsync(BotText.Get(turn.Language, "Audit_Between",
            start.ToString("d", culture), end.ToString("d", culture), entries.Value.Count), cancellationToken);
        await turn.SendCardAsync(AuditCard.Build(entries.Value, turn.Language), cancellationToken);
    }

    private static DateTimeOffset? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
}
