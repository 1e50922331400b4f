using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Helpdesk;

/// <summary>"Use this channel for helpdesk tickets" (admins, in a channel or group chat): new tickets are posted here.</summary>
public sealed class HelpdeskChannelFlow(ConversationReferenceStore references) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.UseHelpdeskChannel];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var conversation = turn.Context.Activity.Conversation;
        if (conversation?.IsGroup != true && conversation?.ConversationType is not ("channel" or "groupChat"))
        {
            await turn.SendTextAsync(BotText.Get(language, "Helpdesk_ChannelOnly"), cancellationToken);
            return;
        }

        await references.SaveHelpdeskChannelAsync(turn.Identity.Tenant, turn.Context.Activity.GetConversationReference(), language, cancellationToken);
        await turn.SendTextAsync(BotText.Get(language, "Helpdesk_ChannelSet"), cancellationToken);
    }
}
