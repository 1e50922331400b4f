using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>Cancels a reserved order and gives its numbers back (Clear-CsOnlineTelephoneNumberOrder).</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="OrderId">The search order.</param>
public sealed record CancelNumberOrder(Actor Actor, IdempotencyKey Key, string OrderId) : IMutation;
