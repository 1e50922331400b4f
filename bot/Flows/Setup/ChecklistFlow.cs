using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Flows.Availability;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Tenants;
using System.Text.Json;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Setup;
using ChatPhone.Core.Setup;

namespace ChatPhone.Bot.Flows.Setup;

/// <summary>
/// "start setup": the ten-step checklist card, derived from core each time it is shown or refreshed and
/// updated in place after changes (<see cref="ChecklistTracker"/>); a step's Start button opens the step:
/// its form card, or its first question.
/// </summary>
public sealed class ChecklistFlow(SetupService setup, ChecklistTracker tracker, StepFormSender forms, OrganisationProfileFlow profile) : IIntentFlow, IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.StartSetup];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [StartStepPayload.Verb, RefreshChecklistPayload.Verb];

    /// <inheritdoc />
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) => ShowAsync(turn, cancellationToken);

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (verb == RefreshChecklistPayload.Verb)
        {
            return await RefreshAsync(turn, cancellationToken);
        }

        var payload = CardPayloads.Read<StartStepPayload>(data);
        return payload.IsSuccess ? await StartStepAsync(turn, payload.Value, cancellationToken) : ActionRouter.Failed(turn, payload.Error);
    }

    /// <summary>Sends the checklist.</summary>
    public async Task ShowAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var steps = await setup.ChecklistAsync(turn.Actor, cancellationToken);
        if (!steps.IsSuccess)
        {
            await turn.SendTextAsync(steps.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        await profile.AskIfMissingAsync(turn, cancellationToken);
        await tracker.SendAsync(turn, steps.Value, cancellationToken);
    }

    /// <summary>The checklist as it is now, to replace an older one in place.</summary>
    public async Task<ActionResult> RefreshAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var steps = await setup.ChecklistAsync(turn.Actor, cancellationToken);
        return steps.IsSuccess
            ? new ActionResult(BotText.Get(turn.Language, "Setup_Refreshed"), tracker.Card(turn, steps.Value))
            : new ActionResult(steps.Error.Describe(turn.Language));
    }

    /// <summary>Starts a step from its button: admins only; the answer is the step's form, or its first question.</summary>
    public async Task<ActionResult> StartStepAsync(FlowTurn turn, StartStepPayload payload, CancellationToken cancellationToken)
    {
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, new Core.Common.Error("auth.admin_required"));
        }

        turn.State.ClearFlow();
        if (payload.Step == SetupStepKind.Availability)
        {
            // Step 1 asks one question; the person's next message is its answer.
            turn.State.PendingFlow = AvailabilityFlow.Question;
            return new ActionResult(BotText.Get(turn.Language, $"Setup_Start_{payload.Step}"));
        }

        return await forms.SendAsync(turn, payload.Step, cancellationToken)
            ? new ActionResult(BotText.Get(turn.Language, "Form_Opened")) { Quiet = true }
            : ActionRouter.Failed(turn, new Core.Common.Error("card.unknown_action"));
    }
}
