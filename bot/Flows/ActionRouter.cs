using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Common;
using Newtonsoft.Json.Linq;

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

        return _flows.TryGetValue(verb.Value, out var flow)
            ? await flow.RunAsync(turn, verb.Value, data, cancellationToken)
            : Failed(turn, new Error("card.unknown_action"));
    }

    /// <summary>The answer for an action that cannot run.</summary>
    public static ActionResult Failed(FlowTurn turn, Error error) => new(error.Describe(turn.Language));
}
