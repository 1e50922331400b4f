using ChatPhone.Cards.AdaptiveCards;

namespace ChatPhone.Cards.Common;

/// <summary>
/// What a flow is about to do, already worded in the reader's language by the flow: a title and one
/// fact per change ("Number" → "+1 206 555 0100"). Shown by <see cref="PlanCard"/> before anything changes.
/// </summary>
/// <param name="PlanId">The plan's id, kept with it in the person's flow state (the confirm and cancel buttons name it, so an outdated card is recognised).</param>
/// <param name="Title">What the plan does ("Assign a number to Megan Bowen").</param>
/// <param name="Changes">Exactly what will change.</param>
public sealed record PlanSummary(string PlanId, string Title, IReadOnlyList<Fact> Changes)
{
    /// <summary>Things to know before confirming (costs, side effects).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The confirm button's text; null for the generic "Confirm".</summary>
    public string? ConfirmLabel { get; init; }
}

/// <summary>What a command changed, worded by the flow, and what to do next. Shown by <see cref="ResultCard"/>.</summary>
/// <param name="Title">What was done ("Number assigned").</param>
/// <param name="Changes">What changed, one fact each.</param>
/// <param name="NextStep">The suggested next step, if any.</param>
public sealed record ResultSummary(string Title, IReadOnlyList<Fact> Changes, string? NextStep = null);
