namespace ChatPhone.Cards.Actions;

/// <summary>Confirm the plan a flow showed; the key makes a second click (or a redelivery) apply it once.</summary>
public sealed record ConfirmPlanPayload(string PlanId, string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "plan.confirm";
}

/// <summary>Discard the plan (or form) of a flow; sends no inputs.</summary>
public sealed record CancelPlanPayload(string PlanId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "plan.cancel";
}
