using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency;

/// <summary>Deletes an address and its locations; refused while a number or an open port order uses it.</summary>
public sealed record DeleteAddress(Actor Actor, IdempotencyKey Key, string AddressId) : IMutation;
