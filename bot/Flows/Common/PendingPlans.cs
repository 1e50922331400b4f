using ChatPhone.Bot.State;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>
/// A planned change waiting for its confirm button, kept in the person's flow state: which flow, the
/// plan's id (the card's button names it, so an outdated card is recognised), its idempotency key and slots.
/// </summary>
public static class PendingPlans
{
    private const string IdSlot = "_planId";
    private const string KeySlot = "_planKey";
    private const string DoneIdSlot = "_donePlanId";
    private const string DoneAtSlot = "_donePlanAt";

    /// <summary>Stores a new plan for <paramref name="flow"/> and returns its id and idempotency key.</summary>
    public static (string PlanId, string Key) Start(FlowState state, string flow, IReadOnlyDictionary<string, string> slots)
    {
        state.ClearFlow();
        state.PendingFlow = flow;
        foreach (var (name, value) in slots)
        {
            state.Slots[name] = value;
        }

        var planId = Guid.NewGuid().ToString("N");
        var key = Guid.NewGuid().ToString("N");
        state.Slots[IdSlot] = planId;
        state.Slots[KeySlot] = key;
        return (planId, key);
    }

    /// <summary>The slots of the plan <paramref name="planId"/> of <paramref name="flow"/>, or null when that plan is no longer the pending one.</summary>
    public static IReadOnlyDictionary<string, string>? Find(FlowState state, string flow, string planId) =>
        state.PendingFlow == flow && state.Slots.GetValueOrDefault(IdSlot) == planId
            ? new Dictionary<string, string>(state.Slots)
            : null;

    /// <summary>The idempotency key stored with the plan whose <paramref name="slots"/> these are (null when none was).</summary>
    public static string? KeyOf(IReadOnlyDictionary<string, string> slots) => slots.GetValueOrDefault(KeySlot);

    /// <summary>Ends the pending plan (applied or cancelled).</summary>
    public static void End(FlowState state) => state.ClearFlow();

    /// <summary>Ends the pending plan as applied, remembering when, so a second click can say so.</summary>
    public static void Applied(FlowState state, string planId, DateTimeOffset at)
    {
        state.ClearFlow();
        state.Slots[DoneIdSlot] = planId;
        state.Slots[DoneAtSlot] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>When <paramref name="planId"/> was applied by this person, if it was their last applied plan.</summary>
    public static DateTimeOffset? AppliedAt(FlowState state, string planId) =>
        state.Slots.GetValueOrDefault(DoneIdSlot) == planId
        && DateTimeOffset.TryParse(state.Slots.GetValueOrDefault(DoneAtSlot), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;
}
