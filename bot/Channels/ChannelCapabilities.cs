using ChatPhone.Cards.AdaptiveCards;
using Connector = Microsoft.Bot.Connector.Channels;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Channels;

/// <summary>
/// What the client of a conversation can do, decided here alone from the activity's channel: whether it runs Universal
/// Actions (<c>Action.Execute</c>, card refresh), whether a sent message can be updated in place, whether it shows
/// suggested actions. Teams (and the playground, which speaks as <c>msteams</c>) can do the first two; Web Chat,
/// Direct Line and the Emulator show suggested actions but run only <c>Action.Submit</c> and never see an update.
/// </summary>
/// <param name="UniversalActions">Buttons may be <c>Action.Execute</c> and cards may carry a <c>refresh</c>.</param>
/// <param name="UpdatesActivities">An update of a sent message is shown in place.</param>
/// <param name="SuggestedActions">Suggested actions (quick replies) are shown under a message.</param>
public sealed record ChannelCapabilities(bool UniversalActions, bool UpdatesActivities, bool SuggestedActions)
{
    // Teams shows suggested actions only in a person's 1:1 chat with the bot.
    private static readonly ChannelCapabilities TeamsPersonal = new(true, true, true);
    private static readonly ChannelCapabilities TeamsShared = new(true, true, false);
    private static readonly ChannelCapabilities WebChat = new(false, false, true);
    private static readonly ChannelCapabilities Plain = new(false, false, false);

    /// <summary>How buttons are written for this client.</summary>
    public CardDialect Dialect => UniversalActions ? CardDialect.Universal : CardDialect.Submit;

    /// <summary>What the client that sent <paramref name="activity"/> can do.</summary>
    public static ChannelCapabilities For(IActivity activity) => For(activity.ChannelId, activity.Conversation?.ConversationType);

    /// <summary>What a client of <paramref name="channelId"/> can do in a conversation of <paramref name="conversationType"/>.</summary>
    public static ChannelCapabilities For(string? channelId, string? conversationType) => channelId?.ToLowerInvariant() switch
    {
        Connector.Msteams => string.Equals(conversationType, "personal", StringComparison.OrdinalIgnoreCase) ? TeamsPersonal : TeamsShared,
        Connector.Directline or Connector.Webchat or Connector.Emulator => WebChat,
        _ => Plain,
    };
}
