using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>Completes a reserved order: the chosen numbers (all when none are named) join the inventory, the rest go back.</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="OrderId">The search order.</param>
/// <param name="Numbers">The subset of the order's numbers to keep; null or empty keeps them all.</param>
public sealed record AcquireNumbers(Actor Actor, IdempotencyKey Key, string OrderId, IReadOnlyList<string>? Numbers = null) : IMutation;
