using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>The call queues: for each, its routing method (in words), its agents and its numbers.</summary>
public static class CallQueuesCard
{
    /// <summary>How many queues the card lists (the card stays under the 28 KB Teams ceiling with long names).</summary>
    public const int MaxListed = 15;

    /// <summary>How many agent names one queue lists before "and N more".</summary>
    public const int MaxAgents = 12;

    /// <summary>Builds the card; with no queue it says so.</summary>
    public static AdaptiveCard Build(IReadOnlyList<CallQueueSummary> queues, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var body = new List<CardElement> { new TextBlock(T("CallQueues_Title")) { Size = TextSize.Medium, Bolder = true } };
        if (queues.Count == 0)
        {
            body.Add(new TextBlock(T("CallQueues_None")));
            return new AdaptiveCard([.. body]);
        }

        foreach (var queue in queues.Take(MaxListed))
        {
            var agents = queue.Agents.Count == 0 ? T("CallQueues_NoAgents")
                : string.Join(", ", queue.Agents.Take(MaxAgents).Select(a => CardLists.Clip(a, 64)))
                    + (queue.Agents.Count > MaxAgents ? " " + T("Common_More", queue.Agents.Count - MaxAgents) : string.Empty);
            var items = new List<CardElement>
            {
                new TextBlock(CardLists.Clip(queue.Name, 80)) { Bolder = true },
                new FactSet(
                [
                    new Fact(T("CallQueues_Routing"), T("CallQueues_Routing_" + queue.RoutingMethod)),
                    new Fact(T("CallQueues_Agents"), agents),
                    new Fact(T("CallQueues_Numbers"), queue.Numbers.Count == 0 ? T("CallQueues_NoNumber") : string.Join(", ", queue.Numbers)),
                ]),
            };
            if (queue.Show is { } show)
            {
                items.Add(new ActionSet([show]));
            }

            body.Add(new Container([.. items]) { Separator = true });
        }

        if (queues.Count > MaxListed)
        {
            body.Add(CardLists.More(queues.Count - MaxListed, language));
        }

        return new AdaptiveCard([.. body]);
    }
}
