using ChatPhone.Bot.State;
using ChatPhone.Bot.Turns;
using ChatPhone.Cards.Setup;
using ChatPhone.Core.Setup;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Flows.Setup;

/// <summary>
/// Keeps the setup checklist card of a conversation current: remembers which message is the checklist
/// (the id the channel gave it) and, after any card action that may have changed the tenant, rebuilds it
/// from core and updates that message in place. Teams also refreshes it when someone opens the chat.
/// </summary>
public sealed class ChecklistTracker(IStorage storage, SetupService setup, ILogger<ChecklistTracker> logger)
{
    /// <summary>Sends the checklist card and remembers the message it becomes.</summary>
    public async Task SendAsync(FlowTurn turn, IReadOnlyList<SetupStep> steps, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Attachment(ChecklistCard.Build(steps, turn.Language).ToAttachment());
        AfterSend.WhenSent(turn.Context, activity, (id, token) =>
            storage.WriteAsync(new Dictionary<string, object> { [Key(turn)] = new ChecklistMessage { ActivityId = id, ETag = "*" } }, token));
        await turn.Context.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Once this turn's replies are out, updates the conversation's checklist message, if there is one.</summary>
    public void UpdateAfterTurn(FlowTurn turn) => AfterSend.Then(turn.Context, token => UpdateAsync(turn, token));

    private async Task UpdateAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var key = Key(turn);
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item) || item is not ChecklistMessage { ActivityId: { Length: > 0 } id })
        {
            return;
        }

        var steps = await setup.ChecklistAsync(turn.Actor, cancellationToken);
        if (!steps.IsSuccess)
        {
            return;
        }

        var update = (Activity)MessageFactory.Attachment(ChecklistCard.Build(steps.Value, turn.Language).ToAttachment());
        update.Id = id;
        await turn.Context.UpdateActivityAsync(update, cancellationToken);
        logger.LogInformation("Checklist message {ActivityId} updated in place", id);
    }

    private static string Key(FlowTurn turn) => RedisBotStorage.Key(turn.Identity.Tenant, $"checklist/{turn.Identity.ConversationId}");
}

/// <summary>Which message of a conversation shows the setup checklist.</summary>
public sealed class ChecklistMessage : IStoreItem
{
    /// <summary>The id the channel gave the checklist message.</summary>
    public string ActivityId { get; set; } = string.Empty;

    /// <inheritdoc />
    public string? ETag { get; set; }
}
