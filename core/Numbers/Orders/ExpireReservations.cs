using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>Marks every reserved order past its expiry as Expired and deletes its reservations (a sweep; reads already treat them as expired).</summary>
/// <param name="Actor">Who asks (admin or the system).</param>
/// <param name="Key">Idempotency key.</param>
public sealed record ExpireReservations(Actor Actor, IdempotencyKey Key) : IMutation;

/// <summary>What a sweep did.</summary>
/// <param name="Orders">Orders marked Expired.</param>
/// <param name="Numbers">Reservations deleted.</param>
public sealed record ExpiryOutcome(int Orders, int Numbers);
