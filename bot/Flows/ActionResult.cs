using ChatPhone.Cards.AdaptiveCards;

namespace ChatPhone.Bot.Flows;

/// <summary>What a card action answers: a sentence, and optionally a card that replaces the clicked one.</summary>
public sealed record ActionResult(string Text, AdaptiveCard? Replacement = null);
