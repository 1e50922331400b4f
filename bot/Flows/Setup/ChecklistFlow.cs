using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Flows.Availability;
using ChatPhone.Bot.Flows.Common;
using System.Text.Json;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Setup;
using ChatPhone.Core.Setup;

namespace ChatPhone.Bot.Flows.Setup;

/// <summary>
/// "start setup": the ten-step checklist card, derived from core each time it is shown or refreshed;
/// a step's Start button asks that step's first question.
/// </summary>
public sealed class ChecklistFlow(SetupService setup) : IIntentFlow, IActionFlow
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
        return payload.IsSuccess ? await StartStepAsync(turn, payload.Value) : ActionRouter.Failed(turn, payload.Error);
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

        await turn.SendCardAsync(ChecklistCard.Build(steps.Value, turn.Language), cancellationToken);
    }

    /// <summary>The checklist as it is now, to replace an older one in place.</summary>
    public async Task<ActionResult> RefreshAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var steps = await setup.ChecklistAsync(turn.Actor, cancellationToken);
        return steps.IsSuccess
            ? new ActionResult(BotText.Get(turn.Language, "Setup_Refreshed"), ChecklistCard.Build(steps.Value, turn.Language))
            : new ActionResult(steps.Error.Describe(turn.Language));
    }

    /// <summary>Starts a step from its button: admins only; the answer is the step's first question.</summary>
    public Task<ActionResult> StartStepAsync(FlowTurn turn, StartStepPayload payload)
    {
        if (!turn.Actor.IsAdmin)
        {
            return Task.FromResult(new ActionResult(new Core.Common.Error("auth.admin_required").Describe(turn.Language)));
        }

        turn.State.ClearFlow();
        if (payload.Step == SetupStepKind.Availability)
        {
            // Step 1 asks one question; the person's next message is its answer.
            turn.State.PendingFlow = AvailabilityFlow.Question;
        }

        return Task.FromResult(new ActionResult(BotText.Get(turn.Language, $"Setup_Start_{payload.Step}")));
    }
}
