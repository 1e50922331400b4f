using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>A flow that showed a plan card and applies it when the person confirms.</summary>
public interface IPlannedFlow
{
    /// <summary>The name stored as the pending flow while the plan waits.</summary>
    string Name { get; }

    /// <summary>Applies the plan described by <paramref name="slots"/>, once for <paramref name="key"/>.</summary>
    Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken);
}
