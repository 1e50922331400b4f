using ChatPhone.Core.Setup;

namespace ChatPhone.Cards.Actions;

/// <summary>Start one step of the setup guide (the step travels by name, e.g. <c>"UserNumbers"</c>).</summary>
public sealed record StartStepPayload(SetupStepKind Step) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "setup.step.start";
}

/// <summary>The checklist's refresh action: Teams asks for an up-to-date checklist when the card is seen.</summary>
public sealed record RefreshChecklistPayload : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "setup.checklist.refresh";
}

/// <summary>Review one step of the setup guide: what the step configured so far (the step travels by name).</summary>
public sealed record ReviewStepPayload(SetupStepKind Step) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "setup.step.review";
}
