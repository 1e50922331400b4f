using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency;

/// <summary>Removes a location that is not the default one and that no number uses.</summary>
public sealed record RemoveLocation(Actor Actor, IdempotencyKey Key, string AddressId, string LocationId) : IMutation;
