using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency;

/// <summary>Creates an address from what the admin typed, validates it at once, and creates its default location.</summary>
public sealed record AddAddress(Actor Actor, IdempotencyKey Key, AddressFields Fields) : IMutation;
