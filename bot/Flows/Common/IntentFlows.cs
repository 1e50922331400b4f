using ChatPhone.Bot.Recognition;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>Which flow handles each intent, whether it was typed or submitted from a step form.</summary>
public sealed class IntentFlows(IEnumerable<IIntentFlow> flows)
{
    private readonly Dictionary<IntentKind, IIntentFlow> _flows = flows
        .SelectMany(f => f.Intents.Select(i => (Intent: i, Flow: f)))
        .ToDictionary(p => p.Intent, p => p.Flow);

    /// <summary>The flow of <paramref name="kind"/>, if any.</summary>
    public IIntentFlow? For(IntentKind kind) => _flows.GetValueOrDefault(kind);
}
