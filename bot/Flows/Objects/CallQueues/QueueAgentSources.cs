using System.Text;
using System.Text.RegularExpressions;
using ChatPhone.Bot.Turns;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// Where a call queue's agents come from besides the people named one by one, as a sentence says it: the members of the
/// Teams channel it is said in ("the members of this channel", "agents from this channel", « les membres de ce canal »),
/// and groups named by their object id ("group 6f1c…", « liste de distribution 6f1c… », several at once), taken in or
/// out ("stop using this channel", « retire le groupe 6f1c… »). The phrases read are blanked (indexes kept) so that the
/// rest of the sentence never reads them as people.
/// </summary>
internal static partial class QueueAgentSources
{
    /// <summary>What <paramref name="text"/> says of the queue's channel and groups.</summary>
    public static AgentSources Read(string text)
    {
        var soft = CallQueueClauses.Soft(text);
        var blanked = new StringBuilder(text);
        void Blank(Match match)
        {
            for (var i = match.Index; i < match.Index + match.Length; i++)
            {
                blanked[i] = ' ';
            }
        }

        var channel = ChannelChange.Unchanged;
        if (NoChannel().Match(soft) is { Success: true } stop)
        {
            channel = ChannelChange.Remove;
            Blank(stop);
        }
        else if (ThisChannel().Match(soft) is { Success: true } here)
        {
            channel = ChannelChange.ThisChannel;
            Blank(here);
        }

        var added = new List<string>();
        var removed = new List<string>();
        foreach (Match group in Groups().Matches(soft))
        {
            var before = soft[Math.Max(0, group.Index - 40)..group.Index];
            var ids = Ids().Matches(group.Value).Select(m => m.Value).ToArray();
            (TakesOut().IsMatch(before) ? removed : added).AddRange(ids);
            Blank(group);
        }

        var unnamed = added.Count == 0 && removed.Count == 0 && GroupWord().IsMatch(soft);
        return new AgentSources(channel, [.. added.Distinct()], [.. removed.Distinct()], unnamed, blanked.ToString());
    }

    // "this channel", "the members of this channel", "agents from this channel", "this channel's members", « ce canal ».
    [GeneratedRegex(@"(?:\b(?:from|in|of|with|de|du|dans|avec|parmi)\s+)?(?:(?:the|all|tous|toutes|les|des)\s+)*(?:(?:members|people|users|membres|personnes|utilisateurs)\s+(?:of|in|from|de|du|dans)\s+)?\b(?:this|the\s+current|current|ce)\s+(?:teams\s+)?(?:channel|canal)(?:\s+teams)?(?:'s\s+(?:members|people|users))?\b|\b(?:le\s+)?canal\s+(?:actuel|courant)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ThisChannel();

    // "stop using this channel", "no more channel", "without a channel", "remove the channel", « plus de canal »,
    // « n'utilise plus ce canal », « retire le canal ».
    [GeneratedRegex(@"\b(?:no\s+(?:more\s+|longer\s+(?:a\s+)?)?channel|without\s+(?:a\s+|the\s+|this\s+)?channel|stop\s+(?:using|taking\s+agents\s+from)\s+(?:the|this|a|its)\s+channel|(?:remove|drop|unlink|detach|take\s+out)\s+(?:the|this|its)\s+channel|plus\s+de\s+canal|sans\s+(?:le\s+|ce\s+)?canal|n'utilise\s+plus\s+(?:le|ce|son)\s+canal|(?:retire|enleve|supprime|detache|delie|ote)\s+(?:le|ce|son)\s+canal)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex NoChannel();

    // A group word (and its article) then one or more object ids: "group 6f1c…", "the groups 6f1c… and 7a2d…",
    // « le groupe 6f1c… », « les groupes 6f1c… et 7a2d… ».
    [GeneratedRegex(@"(?:\b(?:the|a|its|le|la|les|l'|un|une|des|ses|son)\s*)?\b(?:distribution\s+(?:lists?|groups?)|security\s+groups?|(?:microsoft\s+|m|office\s+)?365\s+groups?|groups?|listes?\s+de\s+distribution|groupes?(?:\s+de\s+(?:distribution|securite))?(?:\s+(?:microsoft\s+|m|office\s+)?365)?)\s+(?:id\s+)?" + IdPattern + @"(?:\s*(?:,|&|\band\b|\bet\b)\s*" + IdPattern + ")*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Groups();

    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Ids();

    // A group named without its id ("the group Sales Team", « le groupe Ventes »): said back, never guessed.
    [GeneratedRegex(@"\b(?:distribution\s+(?:lists?|groups?)|security\s+groups?|groups?|listes?\s+de\s+distribution|groupes?)\s+(?:named\s+|called\s+|nomme\s+|appele\s+)?[a-z""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex GroupWord();

    // The words before a group that take it out: "remove group …", « retire le groupe … ».
    [GeneratedRegex(@"\b(?:remove|take|drop|stop\s+using|no\s+longer|retire[rz]?|enleve[rz]?|ote[rz]?|supprime[rz]?|sors|n'utilise\s+plus)\b(?:(?!\b(?:and|et|add|ajoute)\b).)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex TakesOut();

    private const string IdPattern = @"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b";
}

/// <summary>What a sentence does with the queue's Teams channel.</summary>
internal enum ChannelChange
{
    /// <summary>Not mentioned.</summary>
    Unchanged,

    /// <summary>The channel the sentence is said in answers the calls.</summary>
    ThisChannel,

    /// <summary>No channel answers the calls any more.</summary>
    Remove,
}

/// <summary>The channel and groups a sentence names as sources of agents.</summary>
/// <param name="Channel">What happens to the queue's channel.</param>
/// <param name="AddedGroups">Group object ids taken in.</param>
/// <param name="RemovedGroups">Group object ids taken out.</param>
/// <param name="GroupWithoutId">True when a group is named by something other than its object id.</param>
/// <param name="Blanked">The sentence with the phrases read replaced by spaces (same length).</param>
internal sealed record AgentSources(ChannelChange Channel, IReadOnlyList<string> AddedGroups, IReadOnlyList<string> RemovedGroups, bool GroupWithoutId, string Blanked)
{
    /// <summary>True when the sentence names a channel or a group.</summary>
    public bool Any => Channel != ChannelChange.Unchanged || AddedGroups.Count > 0 || RemovedGroups.Count > 0 || GroupWithoutId;

    /// <summary>
    /// <paramref name="edit"/> with the groups and channel this sentence names applied to <paramref name="current"/>'s:
    /// "this channel" is the one the sentence was said in (<paramref name="place"/>), its owner the person saying it. What
    /// cannot be done is added to <paramref name="problems"/> in <paramref name="language"/>.
    /// </summary>
    public CallQueueEdit ApplyTo(CallQueueEdit edit, CallQueueSettings current, TeamsChannelPlace? place, string owner, Language language, List<string> problems)
    {
        if (GroupWithoutId)
        {
            problems.Add(BotText.Get(language, "CqSource_GroupById"));
        }

        foreach (var group in RemovedGroups.Where(g => !current.DistributionLists.Contains(g, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(BotText.Get(language, "CqSource_NotAGroup", group, current.Name));
        }

        if (AddedGroups.Count > 0 || RemovedGroups.Count > 0)
        {
            edit = edit with
            {
                Groups = [.. current.DistributionLists.Union(AddedGroups, StringComparer.OrdinalIgnoreCase).Except(RemovedGroups, StringComparer.OrdinalIgnoreCase)],
            };
        }

        switch (Channel)
        {
            case ChannelChange.ThisChannel when place is null:
                problems.Add(BotText.Get(language, "CqSource_NotInChannel"));
                break;
            case ChannelChange.ThisChannel:
                edit = edit with { Channel = new ChannelLink(place!.TeamGroupId, place.ChannelId, owner) };
                break;
            case ChannelChange.Remove when current.Channel is null:
                problems.Add(BotText.Get(language, "CqSource_NoChannel", current.Name));
                break;
            case ChannelChange.Remove:
                edit = edit with { Channel = CallQueueEdit.NoChannel };
                break;
        }

        return edit;
    }
}
