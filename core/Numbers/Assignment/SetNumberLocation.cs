using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>Sets a number's emergency location (assigned or not); Calling Plan numbers always keep one, of a validated address.</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Number">E.164, with or without '+'.</param>
/// <param name="LocationId">The emergency location.</param>
public sealed record SetNumberLocation(Actor Actor, IdempotencyKey Key, string Number, string LocationId) : IMutation;
