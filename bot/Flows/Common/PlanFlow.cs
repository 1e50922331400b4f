using System.Text.Json;
using ChatPhone.Bot.Flows.Audit;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Audit.Undo;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>
/// The confirm and cancel buttons of every plan card. A button of a plan that is no longer the pending
/// one (applied, cancelled, or replaced by a newer plan) changes nothing and says so; the command itself is
/// idempotent, so even a redelivered click cannot apply twice. The key is the one stored with the plan, never the
/// one the click carries (anyone who saw the card could have used that one first). A plan is marked applied only
/// when its flow says it was; a failed one stays pending, with its card, so the admin can confirm it again. The card
/// that reports a change the admin can take back carries an Undo button for a few minutes.
/// </summary>
public sealed class PlanFlow(IEnumerable<IPlannedFlow> flows, UndoService undo, TimeProvider clock) : IActionFlow
{
    private readonly Dictionary<string, IPlannedFlow> _flows = flows.ToDictionary(f => f.Name);

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [ConfirmPlanPayload.Verb, CancelPlanPayload.Verb];

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (verb == CancelPlanPayload.Verb)
        {
            var cancel = CardPayloads.Read<CancelPlanPayload>(data);
            return cancel.IsSuccess ? Cancel(turn, cancel.Value) : ActionRouter.Failed(turn, cancel.Error);
        }

        var confirm = CardPayloads.Read<ConfirmPlanPayload>(data);
        return confirm.IsSuccess ? await ConfirmAsync(turn, confirm.Value, cancellationToken) : ActionRouter.Failed(turn, confirm.Error);
    }

    /// <summary>Applies the pending plan named by the clicked card.</summary>
    public async Task<ActionResult> ConfirmAsync(FlowTurn turn, ConfirmPlanPayload payload, CancellationToken cancellationToken)
    {
        var flowName = turn.State.PendingFlow;
        var slots = flowName is null ? null : PendingPlans.Find(turn.State, flowName, payload.PlanId);
        if (slots is null || !_flows.TryGetValue(flowName!, out var flow))
        {
            return PendingPlans.AppliedAt(turn.State, payload.PlanId) is { } at
                ? new ActionResult(BotText.Get(turn.Language, "Plan_AlreadyApplied", at.ToString("u", System.Globalization.CultureInfo.InvariantCulture)))
                : new ActionResult(BotText.Get(turn.Language, "Plan_NotCurrent"));
        }

        var key = IdempotencyKey.TryCreate(PendingPlans.KeyOf(slots));
        if (!key.IsSuccess)
        {
            return new ActionResult(key.Error.Describe(turn.Language));
        }

        var started = clock.GetUtcNow();
        var result = await flow.ApplyAsync(turn, slots, key.Value, cancellationToken);
        if (result.Failed)
        {
            // The clicked plan card stays (no replacement), so its Confirm button can be clicked again.
            return result with { Text = result.Text + " " + BotText.Get(turn.Language, "Plan_StillPending"), Replacement = null };
        }

        PendingPlans.Applied(turn.State, payload.PlanId, clock.GetUtcNow());
        return flow.Name == UndoFlow.PlanName ? result : await WithUndoAsync(turn, result, started, cancellationToken);
    }

    // The change this confirm just made, if it is the admin's and can be undone: an Undo button on its result card.
    private async Task<ActionResult> WithUndoAsync(FlowTurn turn, ActionResult result, DateTimeOffset started, CancellationToken cancellationToken)
    {
        if (turn.Actor.Role < Role.Admin)
        {
            return result;
        }

        var last = await undo.LastChangeAsync(turn.Actor, cancellationToken);
        if (!last.IsSuccess || last.Value is not { } change || change.Change.At < started || UndoPolicy.Refusal(change.Action) is not null)
        {
            return result;
        }

        var card = result.Replacement ?? ResultCard.Build(new ResultSummary(result.Text, []), turn.Language);
        return result with { Replacement = card with { Actions = [.. card.Actions, UndoFlow.Button(change.Change, turn.Language)] } };
    }

    /// <summary>Discards the pending plan named by the clicked card.</summary>
    public ActionResult Cancel(FlowTurn turn, CancelPlanPayload payload)
    {
        var flowName = turn.State.PendingFlow;
        if (flowName is null || PendingPlans.Find(turn.State, flowName, payload.PlanId) is null)
        {
            return new ActionResult(BotText.Get(turn.Language, "Plan_NotCurrent"));
        }

        PendingPlans.End(turn.State);
        return new ActionResult(BotText.Get(turn.Language, "Plan_Cancelled"));
    }
}
