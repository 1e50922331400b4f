using ChatPhone.Cards.AdaptiveCards;

namespace ChatPhone.Bot.Flows;

/// <summary>What a card action answers: a sentence, and optionally a card that replaces the clicked one.</summary>
public sealed record ActionResult(string Text, AdaptiveCard? Replacement = null)
{
    /// <summary>
    /// True when the action already answered with its own messages: <see cref="Text"/> then only acknowledges
    /// the click (the invoke response) and is not posted again in the conversation.
    /// </summary>
    public bool Quiet { get; init; }
}
