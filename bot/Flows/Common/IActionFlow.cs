using System.Text.Json;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>A flow that owns card buttons: it names their verbs and re-checks the clicker's rights through core.</summary>
public interface IActionFlow
{
    /// <summary>The verbs routed to this flow (each verb to exactly one flow).</summary>
    IReadOnlyCollection<string> Verbs { get; }

    /// <summary>Handles a click on a button with one of <see cref="Verbs"/>; <paramref name="data"/> holds the payload and the inputs.</summary>
    Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken);
}
