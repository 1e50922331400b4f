using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.CallQueues;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>A call queue as the list shows it: the directory has already turned agent ids into names.</summary>
/// <param name="Name">The queue's name.</param>
/// <param name="RoutingMethod">How calls reach the agents.</param>
/// <param name="Agents">The agents' display names (an id when the directory no longer knows the person).</param>
/// <param name="Numbers">The phone numbers of the resource accounts linked to the queue, E.164.</param>
public sealed record CallQueueSummary(string Name, RoutingMethod RoutingMethod, IReadOnlyList<string> Agents, IReadOnlyList<string> Numbers)
{
    /// <summary>The button that shows the queue whole, if the list offers one.</summary>
    public CardAction? Show { get; init; }
}
