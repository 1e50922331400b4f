using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatPhone.Bot.Turns;

/// <summary>
/// The Teams channel an activity was said in: the team's Microsoft 365 group (<c>channelData.team.aadGroupId</c>) and the
/// channel's id (<c>channelData.channel.id</c>, else the conversation's id in a channel conversation). Null outside a
/// team's channel (a personal chat, a group chat, Web Chat), or when Teams did not say which team.
/// </summary>
public sealed record TeamsChannelPlace(string TeamGroupId, string ChannelId)
{
    /// <summary>Where <paramref name="activity"/> was said, when it was said in a team's channel.</summary>
    public static TeamsChannelPlace? Of(IActivity activity)
    {
        if (activity.ChannelData is not JObject data || Text(data.SelectToken("team.aadGroupId")) is not { } team)
        {
            return null;
        }

        // A channel conversation's id is the channel's, with ";messageid=…" when it is a reply thread.
        var channel = Text(data.SelectToken("channel.id"))
            ?? (string.Equals(activity.Conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase)
                ? activity.Conversation?.Id?.Split(';')[0].Trim()
                : null);
        return string.IsNullOrEmpty(channel) ? null : new TeamsChannelPlace(team, channel);
    }

    private static string? Text(JToken? token) =>
        token is { Type: JTokenType.String } && token.Value<string>()!.Trim() is { Length: > 0 } text ? text : null;
}
