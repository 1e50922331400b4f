using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Bot.Turns;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Common;
using Newtonsoft.Json.Linq;

namespace ChatPhone.Bot.Flows;

/// <summary>
/// Routes a card click (an <c>adaptiveCard/action</c> invoke or an Action.Submit message) by its verb
/// to the flow that owns it. Every flow re-checks the clicker's role through core: a button is never
/// proof of permission.
/// </summary>
public sealed class ActionRouter(IEnumerable<IActionFlow> flows, ChecklistTracker checklist)
{
    private readonly Dictionary<string, IActionFlow> _flows = flows
        .SelectMany(f => f.Verbs.Select(v => (Verb: v, Flow: f)))
        .ToDictionary(p => p.Verb, p => p.Flow, StringComparer.Ordinal);

    // The checklist's own buttons (start a step, refresh) change nothing.
    private const string SetupVerbs = "setup.";

    /// <summary>Runs the action named by <paramref name="data"/>.</summary>
    public Task<ActionResult> RouteAsync(FlowTurn turn, JObject data, CancellationToken cancellationToken)
    {
        JsonElement element;
        try
        {
            using var document = JsonDocument.Parse(data.ToString(Newtonsoft.Json.Formatting.None));
            element = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Nested deeper than any card sends (System.Text.Json stops at 64 levels): not a payload of ours.
            return Task.FromResult(Failed(turn, new Error("card.invalid_payload")));
        }

        return RouteAsync(turn, element, cancellationToken);
    }

    /// <summary>Runs the action named by <paramref name="data"/>.</summary>
    public async Task<ActionResult> RouteAsync(FlowTurn turn, JsonElement data, CancellationToken cancellationToken)
    {
        var verb = CardPayloads.ReadVerb(data);
        if (!verb.IsSuccess)
        {
            return Failed(turn, verb.Error);
        }

        if (!_flows.TryGetValue(verb.Value, out var flow))
        {
            return Failed(turn, new Error("card.unknown_action"));
        }

        if (verb.Value == ConfirmPlanPayload.Verb)
        {
            // Applying a plan (a bulk licence assignment, an import) can take a while.
            await Typing.ShowAsync(turn.Context, cancellationToken);
        }

        var result = await flow.RunAsync(turn, verb.Value, data, cancellationToken);
        if (!verb.Value.StartsWith(SetupVerbs, StringComparison.Ordinal))
        {
            // Any other click may have changed the tenant: the conversation's checklist shows it.
            checklist.UpdateAfterTurn(turn);
        }

        return result;
    }

    /// <summary>The answer for an action that cannot run.</summary>
    public static ActionResult Failed(FlowTurn turn, Error error) => new(error.Describe(turn.Language));
}
