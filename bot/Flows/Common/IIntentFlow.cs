using ChatPhone.Bot.Recognition;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>A flow started by free text: it names the intents it handles.</summary>
public interface IIntentFlow
{
    /// <summary>The intents routed to this flow (each intent to exactly one flow).</summary>
    IReadOnlyCollection<IntentKind> Intents { get; }

    /// <summary>Handles a message whose intent is one of <see cref="Intents"/>.</summary>
    Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken);
}
