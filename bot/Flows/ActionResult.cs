using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows;

/// <summary>What a card action answers: a sentence, and optionally a card that replaces the clicked one.</summary>
public sealed record ActionResult(string Text, AdaptiveCard? Replacement = null)
{
    /// <summary>
    /// True when the action already answered with its own messages: <see cref="Text"/> then only acknowledges
    /// the click (the invoke response) and is not posted again in the conversation.
    /// </summary>
    public bool Quiet { get; init; }

    /// <summary>
    /// True when what was asked was not (or not all) done: <see cref="Text"/> says what failed. A confirmed plan
    /// then stays pending, so the admin can confirm it again once the cause is fixed.
    /// </summary>
    public bool Failed { get; init; }

    /// <summary>
    /// The answer for a command that failed with <paramref name="error"/>: the reason and the next step, in the text
    /// (a failed plan keeps its own card, so the text alone must say it) and on the error card.
    /// </summary>
    public static ActionResult Failure(Error error, Language language, string? nextStep = null) =>
        new(nextStep is null ? error.Describe(language) : $"{error.Describe(language)} {nextStep}", ErrorCard.Build(error, language, nextStep)) { Failed = true };
}
