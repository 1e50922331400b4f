using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency;

/// <summary>Adds a place inside an address ("Office 101, 1st Floor").</summary>
public sealed record AddLocation(Actor Actor, IdempotencyKey Key, string AddressId, string Name, string? Elin = null) : IMutation;
