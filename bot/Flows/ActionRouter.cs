using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Turns;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows;

/// <summary>
/// Routes a card click (an <c>adaptiveCard/action</c> invoke or an Action.Submit message) by its verb
/// to the flow that owns it. Every flow re-checks the clicker's role through core: a button is never
/// proof of permission.
/// </summary>
public sealed class ActionRouter(IEnumerable<IActionFlow> flows)
{
    private readonly Dictionary<string, IActionFlow> _flows = flows
        .SelectMany(f => f.Verbs.Select(v => (Verb: v, Flow: f)))
        .ToDictionary(p => p.Verb, p => p.Flow, StringComparer.Ordinal);

    /// <summary>Runs the action the turn's click names.</summary>
    public Task<ActionResult> RouteAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        turn.Click is { Data.IsSuccess: true } click
            ? RouteAsync(turn, click.Data.Value, cancellationToken)
            : Task.FromResult(Failed(turn, turn.Click?.Data.Error ?? new Error("card.unknown_action")));

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

        return await flow.RunAsync(turn, verb.Value, data, cancellationToken);
    }

    /// <summary>The answer for an action that cannot run.</summary>
    public static ActionResult Failed(FlowTurn turn, Error error) => new(error.Describe(turn.Language));
}
