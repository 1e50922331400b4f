using ChatPhone.Bot.State;
using ChatPhone.Bot.Turns;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Setup;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Setup;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Flows.Setup;

/// <summary>
/// Keeps the setup checklist card of a conversation current: remembers which message is the checklist
/// (the id the channel gave it) and, after any card action that may have changed the tenant, rebuilds it
/// from core and updates that message in place. Teams also refreshes it when someone opens the chat. A channel that
/// shows no update (Web Chat, Direct Line) gets the rebuilt checklist as a new message instead, only when a step changed.
/// </summary>
public sealed class ChecklistTracker(IStorage storage, SetupService setup, IDirectorySource microsoft365, ILogger<ChecklistTracker> logger)
    : ITurnFeature
{
    // The checklist's own buttons (start a step, refresh) change nothing.
    private const string SetupVerbs = "setup.";

    /// <summary>After a click that may have changed the tenant, the conversation's checklist shows it.</summary>
    Task ITurnFeature.RoutedAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Click?.Verb is { IsSuccess: true } verb && !verb.Value.StartsWith(SetupVerbs, StringComparison.Ordinal))
        {
            UpdateAfterTurn(turn);
        }

        return Task.CompletedTask;
    }

    /// <summary>The checklist card of <paramref name="steps"/> for this turn's tenant (saying so when it is connected to Microsoft 365).</summary>
    public AdaptiveCard Card(FlowTurn turn, IReadOnlyList<SetupStep> steps) =>
        ChecklistCard.Build(steps, turn.Language, microsoft365.Serves(turn.Actor.Tenant));

    /// <summary>Sends the checklist card and remembers the message it becomes.</summary>
    public async Task SendAsync(FlowTurn turn, IReadOnlyList<SetupStep> steps, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Attachment(Card(turn, steps).ToAttachment(turn));
        AfterSend.WhenSent(turn.Context, activity, (id, token) => RememberAsync(turn, id, Fingerprint(steps), token));
        await turn.Context.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Once this turn's replies are out, updates the conversation's checklist message, if there is one.</summary>
    public void UpdateAfterTurn(FlowTurn turn) => AfterSend.Then(turn.Context, token => UpdateAsync(turn, token));

    private async Task UpdateAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var key = Key(turn);
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item) || item is not ChecklistMessage { ActivityId: { Length: > 0 } id } message)
        {
            return;
        }

        var steps = await setup.ChecklistAsync(turn.Actor, cancellationToken);
        if (!steps.IsSuccess)
        {
            return;
        }

        var update = (Activity)MessageFactory.Attachment(Card(turn, steps.Value).ToAttachment(turn));
        if (turn.Channel.UpdatesActivities)
        {
            update.Id = id;
            await turn.Context.UpdateActivityAsync(update, cancellationToken);
            logger.LogInformation("Checklist message {ActivityId} updated in place", id);
            return;
        }

        // A new message for each click would bury the conversation: only a changed checklist is sent again.
        var fingerprint = Fingerprint(steps.Value);
        if (string.Equals(fingerprint, message.Fingerprint, StringComparison.Ordinal))
        {
            return;
        }

        var sent = await turn.Context.SendActivityAsync(update, cancellationToken);
        await RememberAsync(turn, sent?.Id is { Length: > 0 } newId ? newId : id, fingerprint, cancellationToken);
        logger.LogInformation("Checklist of message {ActivityId} sent again: the channel shows no updates", id);
    }

    private Task RememberAsync(FlowTurn turn, string activityId, string fingerprint, CancellationToken cancellationToken) =>
        storage.WriteAsync(
            new Dictionary<string, object> { [Key(turn)] = new ChecklistMessage { ActivityId = activityId, Fingerprint = fingerprint, ETag = "*" } },
            cancellationToken);

    private static string Fingerprint(IEnumerable<SetupStep> steps) =>
        string.Join(';', steps.Select(s => $"{s.Step}:{s.Status}:{s.BlockedBy}"));

    private static string Key(FlowTurn turn) => BotStateKeys.For(turn.Identity.Tenant, BotStateKeys.Checklist(turn.Identity.ConversationId));
}

/// <summary>Which message of a conversation shows the setup checklist.</summary>
public sealed class ChecklistMessage : IStoreItem
{
    /// <summary>The id the channel gave the checklist message.</summary>
    public string ActivityId { get; set; } = string.Empty;

    /// <summary>The steps' states the message shows, to send it again only when one changed (channels without updates).</summary>
    public string? Fingerprint { get; set; }

    /// <inheritdoc />
    public string? ETag { get; set; }
}
