using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallQueues;

/// <summary>
/// Who answers a queue: the agents added individually, the groups, the Teams channel and its owner, and the resource
/// accounts calls may be made on behalf of.
/// </summary>
internal static class CallQueueAgentRules
{
    /// <summary>Adds the problems of the agents of <paramref name="value"/> (the queue <paramref name="selfId"/>, null when creating).</summary>
    public static void Check(CallQueueSettings value, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        if (value.Users.Count > CallQueueValidator.MaxUsers)
        {
            problems.Add(new Error("callqueue.too_many_users", value.Users.Count, CallQueueValidator.MaxUsers));
        }

        foreach (var user in value.Users)
        {
            VoiceAppRules.VoiceEnabledUser(user, "Users", facts, problems);
        }

        // Group membership lives outside ChatPhone, so the 200-agents-via-groups cap cannot be counted here;
        // the service itself uses only the first 200 members in alphabetical order.
        foreach (var group in value.DistributionLists)
        {
            VoiceAppRules.Group(group, "DistributionLists", problems);
        }

        foreach (var account in value.OboResourceAccountIds.Where(a => !facts.HasResourceAccount(a)))
        {
            problems.Add(new Error("voiceapp.target_not_found", "OboResourceAccountIds", account));
        }

        if (value.Channel is { } channel)
        {
            VoiceAppRules.Group(channel.TeamId, "ChannelTeamId", problems);
            if (string.IsNullOrWhiteSpace(channel.ChannelId))
            {
                problems.Add(new Error("callqueue.channel_required"));
            }
            else if (facts.CallQueues.Values.FirstOrDefault(q => q.Id != selfId
                && string.Equals(q.Settings.Channel?.ChannelId, channel.ChannelId, StringComparison.OrdinalIgnoreCase)) is { } other)
            {
                problems.Add(new Error("callqueue.channel_taken", channel.ChannelId, other.Name));
            }

            if (string.IsNullOrWhiteSpace(channel.OwnerUserId) || !facts.HasPerson(channel.OwnerUserId))
            {
                problems.Add(new Error("voiceapp.user_not_found", "ChannelUserObjectId", channel.OwnerUserId ?? string.Empty));
            }
        }
    }
}
