using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Flows.Objects.Services;
using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Helpdesk;

/// <summary>
/// "Use this channel for helpdesk tickets" (admins, in a channel or group chat): new tickets are posted here. A sentence
/// that says the opposite ("stop posting tickets to the helpdesk channel", "n'utilise plus le canal du support") is read
/// by the model as this intent too: it goes to the plan that stops the channel, never to setting this one.
/// </summary>
public sealed partial class HelpdeskChannelFlow(HelpdeskChannelHandler channel) : IIntentFlow
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

        if (SaysStop(intent.Text))
        {
            await channel.RemoveAsync(turn, new NamedObject("helpdesk-channel", "helpdesk-channel"), intent, cancellationToken);
            return;
        }

        var conversation = turn.Context.Activity.Conversation;
        if (conversation?.IsGroup != true && conversation?.ConversationType is not ("channel" or "groupChat"))
        {
            await turn.SendTextAsync(BotText.Get(language, "Helpdesk_ChannelOnly"), cancellationToken);
            return;
        }

        await channel.SetHereAsync(turn, cancellationToken);
        await turn.SendTextAsync(BotText.Get(language, "Helpdesk_ChannelSet"), cancellationToken);
    }

    private static bool SaysStop(string text) => StopWords().IsMatch(RecognitionInput.Fold(text));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(stop|stops|stopping|no longer|not anymore|don'?t|do not|anymore|arrete|arreter|n'utilise plus|ne plus|plus de tickets|cesse|cesser|desactive|disable|turn off)\b", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial System.Text.RegularExpressions.Regex StopWords();
}
