using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Bot.Flows.Numbers;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Common;
using Newtonsoft.Json.Linq;

namespace ChatPhone.Bot.Flows;

/// <summary>
/// Routes a card click (an <c>adaptiveCard/action</c> invoke or an Action.Submit message) by its verb
/// to the flow that owns it. Every flow re-checks the clicker's role through core: a button is never
/// proof of permission.
/// </summary>
public sealed class ActionRouter(DirectoryImportFlow directoryImport, PlanFlow plans, ChecklistFlow checklist, NumberSearchFlow numberSearch)
{
    /// <summary>Runs the action named by <paramref name="data"/>.</summary>
    public Task<ActionResult> RouteAsync(FlowTurn turn, JObject data, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(data.ToString(Newtonsoft.Json.Formatting.None));
        return RouteAsync(turn, document.RootElement.Clone(), cancellationToken);
    }

    /// <summary>Runs the action named by <paramref name="data"/>.</summary>
    public async Task<ActionResult> RouteAsync(FlowTurn turn, JsonElement data, CancellationToken cancellationToken)
    {
        var verb = CardPayloads.ReadVerb(data);
        if (!verb.IsSuccess)
        {
            return Failed(turn, verb.Error);
        }

        if (verb.Value == ApplyDirectoryImportPayload.Verb)
        {
            var payload = CardPayloads.Read<ApplyDirectoryImportPayload>(data);
            return payload.IsSuccess ? await directoryImport.ApplyAsync(turn, payload.Value, cancellationToken) : Failed(turn, payload.Error);
        }

        if (verb.Value == CancelDirectoryImportPayload.Verb)
        {
            var payload = CardPayloads.Read<CancelDirectoryImportPayload>(data);
            return payload.IsSuccess ? await directoryImport.CancelAsync(turn, payload.Value, cancellationToken) : Failed(turn, payload.Error);
        }

        if (verb.Value == ConfirmPlanPayload.Verb)
        {
            var payload = CardPayloads.Read<ConfirmPlanPayload>(data);
            return payload.IsSuccess ? await plans.ConfirmAsync(turn, payload.Value, cancellationToken) : Failed(turn, payload.Error);
        }

        if (verb.Value == CancelPlanPayload.Verb)
        {
            var payload = CardPayloads.Read<CancelPlanPayload>(data);
            return payload.IsSuccess ? plans.Cancel(turn, payload.Value) : Failed(turn, payload.Error);
        }

        if (verb.Value == StartStepPayload.Verb)
        {
            var payload = CardPayloads.Read<StartStepPayload>(data);
            return payload.IsSuccess ? await checklist.StartStepAsync(turn, payload.Value) : Failed(turn, payload.Error);
        }

        if (verb.Value == RefreshChecklistPayload.Verb)
        {
            return await checklist.RefreshAsync(turn, cancellationToken);
        }

        if (verb.Value == AcquireNumbersPayload.Verb)
        {
            var payload = CardPayloads.Read<AcquireNumbersPayload>(data);
            return payload.IsSuccess ? await numberSearch.AcquireAsync(turn, payload.Value, data, cancellationToken) : Failed(turn, payload.Error);
        }

        return Failed(turn, new Error("card.unknown_action"));
    }

    private static ActionResult Failed(FlowTurn turn, Error error) => new(error.Describe(turn.Language));
}
